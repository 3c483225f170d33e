import Foundation
import MusterHTTPServer

/// Reads the token, the query and the JSON body of an Open API request.
///
/// The body is parsed as JSON whatever the Content-Type says, or without one: lark_oapi posts
/// the token request with no Content-Type at all.
enum FeishuRequestReader {
    /// The body's members; an empty body is an empty object.
    static func body(of request: HTTPRequest) throws(FeishuFailure) -> [String: JSONValue] {
        guard !request.body.isEmpty else { return [:] }
        guard let object = JSONValue.parse(request.body)?.objectValue else {
            throw FeishuFailure(9499, "Bad Request: the body is not a JSON object")
        }
        return object
    }

    /// The query items, first value of each name.
    static func query(of request: HTTPRequest) -> [String: String] {
        var values: [String: String] = [:]
        for item in request.queryItems where values[item.name] == nil {
            values[item.name] = item.value
        }
        return values
    }

    /// Every value of each query name, in the order sent.
    static func queryLists(of request: HTTPRequest) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for item in request.queryItems { values[item.name, default: []].append(item.value) }
        return values
    }

    /// The token from `Authorization: Bearer`, or nil.
    static func token(of request: HTTPRequest) -> String? {
        guard let header = request.header("authorization"), header.hasPrefix("Bearer ") else {
            return nil
        }
        let token = header.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
