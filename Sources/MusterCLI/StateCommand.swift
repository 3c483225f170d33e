import MusterEngine
import MusterPlan
import MusterState

/// `muster state ...`: inspects and repairs what Muster manages, and its lock.
struct StateCommand: Command {
    let spec = CommandSpec(
        name: "state",
        abstract: "Inspect and repair what Muster manages, and the state lock.",
        discussion: """
            The state (.muster/state.json, or under --state-dir) records every object Muster \
            created or adopted; Muster deletes only what it lists. These commands read it, \
            stop managing an object (leaving it live as it is), and clear a stale lock.
            """)

    let subcommands: [any Command] = [
        StateListCommand(), StateShowCommand(), StateRemoveCommand(), StateUnlockCommand(),
    ]

    static let directory = OptionSpec(
        names: ["--state-dir"], help: "Where the state lives (default: .muster).", valueName: "dir")

    static func workspace(_ arguments: ParsedArguments, io: CommandIO) -> Workspace {
        let directory = arguments.value("--state-dir") ?? ".muster"
        return Workspace(
            directory: directory.hasPrefix("/") ? directory : io.currentDirectory + "/" + directory)
    }

    static func addresses(_ arguments: ParsedArguments) throws(UsageError) -> [ResourceAddress] {
        var addresses: [ResourceAddress] = []
        for text in arguments.positionals {
            guard let address = ResourceAddress.parse(text) else { throw .invalidAddress(text) }
            addresses.append(address)
        }
        return addresses
    }
}

/// `muster state list`: every managed object's address.
struct StateListCommand: Command {
    let spec = CommandSpec(
        name: "list", abstract: "List every object Muster manages.",
        options: [StateCommand.directory])

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        do throws(EngineError) {
            let state = try StateCommand.workspace(arguments, io: io).loadState()
            io.writeOut(state.addresses.map { "\($0)\n" }.joined())
            return .success
        } catch {
            return support.fail(error)
        }
    }
}

/// `muster state show ADDRESS`: what the state records for one object.
struct StateShowCommand: Command {
    let spec = CommandSpec(
        name: "show", abstract: "Show what the state records for an object.",
        arguments: [
            ArgumentSpec(name: "ADDRESS", help: "The object, as `muster state list` prints it.")
        ],
        options: [StateCommand.directory])

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        do {
            let addresses = try StateCommand.addresses(arguments)
            guard let address = addresses.first else {
                return support.fail(.missingAddress, command: "muster state show")
            }
            let state = try StateCommand.workspace(arguments, io: io).loadState()
            guard let entry = state.entry(at: address) else {
                io.writeError("error: the state manages nothing at \(address)\n")
                return .failure
            }
            io.writeOut(entry.canonicalText + "\n")
            return .success
        } catch let error as UsageError {
            return support.fail(error, command: "muster state show")
        } catch let error as EngineError {
            return support.fail(error)
        } catch {
            return .failure
        }
    }
}

/// `muster state rm ADDRESS...`: stops managing objects, leaving them live.
struct StateRemoveCommand: Command {
    let spec = CommandSpec(
        name: "rm", abstract: "Stop managing objects, leaving them live as they are.",
        arguments: [
            ArgumentSpec(name: "ADDRESS", help: "An object to stop managing.", isRepeatable: true)
        ],
        options: [StateCommand.directory])

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        do {
            let addresses = try StateCommand.addresses(arguments)
            guard !addresses.isEmpty else {
                return support.fail(.missingAddress, command: "muster state rm")
            }
            let workspace = StateCommand.workspace(arguments, io: io)
            let lease = try workspace.lock(command: "muster state rm")
            defer { lease.release() }
            var state = try workspace.loadState()
            let missing = addresses.filter { !state.remove($0) }
            guard missing.isEmpty else {
                io.writeError(
                    "error: the state manages nothing at \(missing[0]); nothing was removed\n")
                return .failure
            }
            try workspace.saveState(&state)
            for address in addresses {
                io.writeOut("Removed \(address) from the state; the live object is untouched.\n")
            }
            return .success
        } catch let error as UsageError {
            return support.fail(error, command: "muster state rm")
        } catch let error as EngineError {
            return support.fail(error)
        } catch {
            return .failure
        }
    }
}

/// `muster state unlock`: clears a lock left by a process that is gone.
struct StateUnlockCommand: Command {
    let spec = CommandSpec(
        name: "unlock", abstract: "Clear a stale state lock; a live holder is never overridden.",
        discussion: """
            The lock is an OS file lock, which the system releases when its process ends, so a \
            crashed apply never keeps it. This clears the holder details it left behind; when \
            a running process holds the lock, it says which and changes nothing.
            """,
        options: [StateCommand.directory])

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        let workspace = StateCommand.workspace(arguments, io: io)
        do {
            let stale = try workspace.store.lock.forceUnlock()
            io.writeOut(
                stale.map { "Cleared the stale lock of \($0).\n" } ?? "The state was not locked.\n")
            return .success
        } catch {
            return support.fail(EngineError.state(error.description))
        }
    }
}
