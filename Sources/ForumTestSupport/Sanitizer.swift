import Foundation

/// The sanitizer the tests run under, from `TEST_SANITIZER` (set by `make test-sanitize`); nil normally.
///
/// Resident-memory checks mean nothing under AddressSanitizer (freed memory waits in its quarantine);
/// LeakSanitizer checks leaks there instead.
public var activeSanitizer: String? {
    ProcessInfo.processInfo.environment["TEST_SANITIZER"].flatMap { $0.isEmpty ? nil : $0 }
}
