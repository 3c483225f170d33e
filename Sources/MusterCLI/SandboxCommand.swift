/// `muster sandbox ...`: the local emulators of the service and the IM platforms.
package struct SandboxCommand: Command {
    package let spec = CommandSpec(
        name: "sandbox",
        abstract: "Run the local emulators of the service and the IM platforms.",
        discussion: """
            The sandbox answers on loopback only, one port per platform as if each were its \
            own host, and speaks each platform's wire protocol, so Muster and the platforms' \
            official SDKs can be pointed at it with no network and no credentials.
            """)

    package let subcommands: [any Command]

    package init(
        serve: SandboxServeCommand = SandboxServeCommand(),
        seed: SandboxSeedCommand = SandboxSeedCommand()
    ) {
        self.subcommands = [serve, seed]
    }
}
