import CMicroHTTPD

/// The C entry points libmicrohttpd calls; each forwards to the ``RequestDispatcher``.
enum MHDCallbacks {
    static let access: MHD_AccessHandlerCallback = {
        context, connection, url, method, _, upload, uploadSize, slot in
        guard let context, let connection, let url, let method, let uploadSize, let slot else {
            return .NO
        }
        let dispatcher = Unmanaged<RequestDispatcher>.fromOpaque(context).takeUnretainedValue()
        return dispatcher.access(
            connection: connection, url: String(cString: url), method: String(cString: method),
            upload: upload, uploadSize: uploadSize, slot: slot)
    }

    static let completed: MHD_RequestCompletedCallback = { context, _, slot, _ in
        guard let context, let slot, let raw = slot.pointee else { return }
        let pending = Unmanaged<PendingRequest>.fromOpaque(raw).takeRetainedValue()
        slot.pointee = nil
        // A parked response whose connection closed is never delivered, but is done with.
        if pending.parkedResponse != nil {
            let dispatcher = Unmanaged<RequestDispatcher>.fromOpaque(context)
                .takeUnretainedValue()
            dispatcher.suspended.didFinish()
        }
    }

    static let connection: MHD_NotifyConnectionCallback = { context, _, _, code in
        guard let context, code == .CONNECTION_NOTIFY_STARTED else { return }
        let dispatcher = Unmanaged<RequestDispatcher>.fromOpaque(context).takeUnretainedValue()
        dispatcher.acceptedConnections.add(1, ordering: .relaxed)
    }
}
