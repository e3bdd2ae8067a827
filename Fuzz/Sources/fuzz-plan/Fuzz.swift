import Foundation
import ForumModel
import ForumSolver

/// libFuzzer entry: any bytes as a plan file. Loading must end in a plan or typed diagnostics, and a
/// plan that validates must compile into a solver problem without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let document = try PlanLoader.load(text: text, path: "fuzz.yaml", baseURL: FileManager.default.temporaryDirectory)
        _ = Problem(document.plan)
    } catch {
        precondition(!error.diagnostics.isEmpty, "a rejected plan must say why")
    }
    return 0
}
