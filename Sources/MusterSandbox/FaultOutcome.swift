/// What the injected faults do to one request: a delay, and perhaps a fault that replaces the
/// emulator's answer.
package struct FaultOutcome: Sendable, Equatable {
    /// The total added latency.
    package var delayMilliseconds: Int = 0
    /// The rule that answers instead of the emulator, if any.
    package var fault: FaultRule?

    package init(delayMilliseconds: Int = 0, fault: FaultRule? = nil) {
        self.delayMilliseconds = delayMilliseconds
        self.fault = fault
    }
}
