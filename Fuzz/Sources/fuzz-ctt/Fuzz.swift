import ForumCTT
import ForumModel

/// libFuzzer entry: any bytes as an ITC-2007 `.ctt` instance; a parsed instance must map to a plan.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCTT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let instance = try CTTInstance(parsing: text, file: "fuzz.ctt")
        _ = instance.plan()
    } catch {
        precondition(!error.description.isEmpty)
    }
    return 0
}
