extension SlackWorld {
    /// The index of a channel the caller can see: any public one, or a private one it is in.
    ///
    /// - Throws: `channel_not_found`, as Slack answers for private channels a bot is not in.
    func visibleChannel(_ id: String, for call: SlackCall) throws(SlackFailure) -> Int {
        guard let index = channelIndex(id) else { throw SlackFailure("channel_not_found") }
        let channel = channels[index]
        guard !channel.isPrivate || channel.members.contains(call.botUserId) else {
            throw SlackFailure("channel_not_found")
        }
        return index
    }

    /// The index of a live channel the caller is in, for the calls that change it.
    ///
    /// - Throws: `channel_not_found`, `is_archived` or `not_in_channel`.
    func writableChannel(_ id: String, for call: SlackCall) throws(SlackFailure) -> Int {
        let index = try visibleChannel(id, for: call)
        guard !channels[index].isArchived else { throw SlackFailure("is_archived") }
        guard channels[index].members.contains(call.botUserId) else {
            throw SlackFailure("not_in_channel")
        }
        return index
    }

    /// Whether a channel other than `except` already has the name; archived ones count.
    func isNameTaken(_ name: String, except id: String? = nil) -> Bool {
        channels.contains { $0.name == name && $0.id != id }
    }
}
