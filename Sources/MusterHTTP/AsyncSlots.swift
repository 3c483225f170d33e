import Synchronization

/// A counting semaphore for tasks: at most `count` holders at once, the rest wait in order.
///
/// Waiting suspends the task instead of blocking a thread; a task cancelled while it waits
/// gets no slot.
final class AsyncSlots: Sendable {
    private let state: Mutex<State>

    private struct State {
        var free: Int
        var waiters: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
        var nextID = 0
    }

    init(count: Int) {
        precondition(count >= 1, "a semaphore needs at least one slot")
        state = Mutex(State(free: count))
    }

    /// Takes a slot, waiting for one if need be; false when the task was cancelled first.
    func acquire() async -> Bool {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        let granted = await wait(id: id)
        guard granted, !Task.isCancelled else {
            if granted { release() }
            return false
        }
        return true
    }

    private func wait(id: Int) async -> Bool {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let granted = state.withLock { state -> Bool in
                    if state.free > 0 {
                        state.free -= 1
                        return true
                    }
                    state.waiters.append((id, continuation))
                    return false
                }
                if granted { continuation.resume(returning: true) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Bool, Never>? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else {
                    return nil
                }
                return state.waiters.remove(at: index).continuation
            }
            waiter?.resume(returning: false)
        }
    }

    /// Gives a slot back, to the longest waiter if there is one.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Bool, Never>? in
            guard !state.waiters.isEmpty else {
                state.free += 1
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume(returning: true)
    }
}
