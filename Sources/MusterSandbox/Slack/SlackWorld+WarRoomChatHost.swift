extension SlackWorld: WarRoomChatHost {
    /// Flashduty's Slack link matches by email only.
    package var matchesEmail: Bool { true }
    package var matchesPhone: Bool { false }

    package func userID(email: String, app: String) -> String? {
        let email = email.lowercased()
        return users.first { !$0.isBot && !$0.isDeleted && $0.email?.lowercased() == email }?.id
    }

    package func userID(phone: String, app: String) -> String? {
        users.first { !$0.isBot && !$0.isDeleted && $0.phone == phone }?.id
    }

    /// Creates a private channel, as conversations.create and conversations.invite would.
    package mutating func createChat(
        named name: String, members: [String], app: String, now: Double
    ) throws(WarRoomChatError) -> WarRoomChat {
        let bot = try botUser(of: app)
        let channelName = uniqueChannelName(SlackWorld.slug(name))
        let number = nextSequence()
        let invitees = members.filter { id in user(id).map { !$0.isDeleted } ?? false }
        var channel = Channel(
            id: "C" + String(number, radix: 36).uppercased().leftPadded(to: 9),
            name: channelName, isPrivate: true, isArchived: false, created: Int(now),
            creator: bot, members: [bot])
        channel.members += invitees.filter { $0 != bot }.uniqued()
        channels.append(channel)
        return warRoomChat(channel)
    }

    package mutating func invite(
        _ members: [String], toChat chatID: String, app: String
    ) throws(WarRoomChatError) {
        let bot = try botUser(of: app)
        guard let index = channelIndex(chatID), channels[index].members.contains(bot) else {
            throw .chatNotFound(chatID)
        }
        guard !channels[index].isArchived else { throw .refused("is_archived") }
        for id in members.uniqued() where !channels[index].members.contains(id) {
            guard let known = user(id), !known.isDeleted else { continue }
            channels[index].members.append(id)
        }
    }

    /// Archives the channel: a Slack bot cannot delete one.
    package mutating func closeChat(
        _ chatID: String, app: String
    ) throws(WarRoomChatError) -> WarRoomChatClosing {
        let bot = try botUser(of: app)
        guard let index = channelIndex(chatID), channels[index].members.contains(bot) else {
            throw .chatNotFound(chatID)
        }
        channels[index].isArchived = true
        return .archived
    }

    package func chat(_ chatID: String, app: String) -> WarRoomChat? {
        channelIndex(chatID).map { warRoomChat(channels[$0]) }
    }

    private func botUser(of app: String) throws(WarRoomChatError) -> String {
        guard let found = apps.first(where: { $0.id == app }) else { throw .appNotFound(app) }
        return found.botUserId
    }

    private func warRoomChat(_ channel: Channel) -> WarRoomChat {
        WarRoomChat(
            id: channel.id, name: channel.name, members: channel.members,
            isClosed: channel.isArchived,
            shareLink: "https://\(team.domain).slack.com/archives/\(channel.id)")
    }

    /// A free name: the slug, or the slug with `-2`, `-3`, … appended.
    private func uniqueChannelName(_ slug: String) -> String {
        var candidate = slug
        var suffix = 1
        while isNameTaken(candidate) {
            suffix += 1
            let tail = "-\(suffix)"
            candidate = String(slug.prefix(SlackChannelName.maxLength - tail.count)) + tail
        }
        return candidate
    }

    /// A name Slack accepts: lowercase letters, digits, hyphens and underscores, ≤ 80.
    static func slug(_ name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            let isKept = (character.isLetter || character.isNumber) && character.isASCII
            if isKept || character == "_" {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String((slug.isEmpty ? "war-room" : slug).prefix(SlackChannelName.maxLength))
    }
}
