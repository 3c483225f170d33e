/// What `batch_get_id` found: the open_id for each email and mobile it knows.
///
/// An address the platform does not match (unknown, resigned, outside the app's range) is
/// simply absent.
package struct FeishuUserLookup: Sendable, Equatable {
    package var byEmail: [String: String] = [:]
    package var byMobile: [String: String] = [:]
}
