/// One name-value pair of a query string or an urlencoded form.
package struct FormItem: Sendable, Equatable {
    package var name: String
    package var value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
