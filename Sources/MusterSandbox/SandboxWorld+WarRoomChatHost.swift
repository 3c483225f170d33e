extension SandboxWorld {
    /// The IM world an integration's war rooms live on, by service name; each emulated IM
    /// platform adds one case to the getter and one to the setter.
    ///
    /// Reading copies the world out (cheaply, copy-on-write) and writing puts it back, so a
    /// mutating call through this subscript changes the platform's own state.
    subscript(chatHost platform: String) -> (any WarRoomChatHost)? {
        get {
            switch platform {
            case "slack": return slack
            default: return nil
            }
        }
        set {
            switch (platform, newValue) {
            case ("slack", let host as SlackWorld): slack = host
            default: break
            }
        }
    }
}
