import MusterConfig
import MusterModel

/// Where each live platform is and the credentials to reach it, with every secret resolved.
///
/// It is built either from the configuration and the environment (`make(for:environment:)`)
/// or by the embedded sandbox. The values are secrets: they go to the adapters and nowhere
/// else, and `description` never shows them.
package struct LiveAccess: Sendable, CustomStringConvertible {
    /// How one integration's app is reached.
    package struct App: Sendable {
        package var platform: Platform
        /// The platform's API base URL; nil for the platform's own.
        package var endpoint: String?
        /// Credential fields by name, resolved.
        package var credentials: [String: String]
        /// DingTalk's robot, which posts into war rooms.
        package var robotCode: String?

        package init(
            platform: Platform, endpoint: String?, credentials: [String: String],
            robotCode: String? = nil
        ) {
            self.platform = platform
            self.endpoint = endpoint
            self.credentials = credentials
            self.robotCode = robotCode
        }
    }

    package var serviceEndpoint: String
    package var serviceAppKey: String
    /// By integration name.
    package var apps: [String: App]

    package init(serviceEndpoint: String, serviceAppKey: String, apps: [String: App]) {
        self.serviceEndpoint = serviceEndpoint
        self.serviceAppKey = serviceAppKey
        self.apps = apps
    }

    package var description: String {
        "LiveAccess(service: \(serviceEndpoint), apps: \(apps.keys.sorted()))"
    }

    /// Resolves every secret the configuration references.
    ///
    /// - Throws: `SecretError` for the first secret that is not set, naming it and its document.
    package static func make(
        for configuration: Configuration, environment: [String: String]
    ) throws(SecretError) -> LiveAccess {
        let resolver = SecretResolver(environment: environment)
        let service = configuration.service
        let appKey = try resolver.resolve(
            SecretUse(
                reference: service.appKey, owner: "Service '\(service.name)'",
                field: "spec.appKey", location: service.appKeyLocation))
        var apps: [String: App] = [:]
        for integration in configuration.integrations {
            var credentials: [String: String] = [:]
            for (field, value) in integration.credentials {
                switch value.value {
                case .literal(let text):
                    credentials[field] = text
                case .secret(let reference):
                    credentials[field] = try resolver.resolve(
                        SecretUse(
                            reference: reference, owner: "Integration '\(integration.name)'",
                            field: "spec.credentials.\(field)", location: value.location)
                    ).revealed
                }
            }
            apps[integration.name] = App(
                platform: integration.platform, endpoint: integration.endpoint,
                credentials: credentials, robotCode: integration.robotCode)
        }
        return LiveAccess(
            serviceEndpoint: service.endpoint, serviceAppKey: appKey.revealed, apps: apps)
    }
}
