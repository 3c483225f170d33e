import Testing

@testable import MusterYAML

@Suite struct YAMLParserTests {
    private func parse(_ text: String) -> YAMLParseResult {
        YAMLParser.parse(Array(text.utf8), file: "t.yaml")
    }

    @Test func readsEveryDocumentOfAStreamWithOneBasedMarks() throws {
        let result = parse("a: 1\n---\nb:\n  c: [x, y]\n---\n")
        #expect(result.errors.isEmpty)
        #expect(result.documents.count == 3)
        #expect(result.documents[2].root == nil)
        let second = try #require(result.documents[1].root)
        let c = try #require(second["b"]?["c"])
        #expect(c.mark == YAMLMark(file: "t.yaml", line: 4, column: 6))
        #expect(c.sequence?.map { $0.scalar?.text } == ["x", "y"])
        #expect(c.sequence?[1].mark.column == 10)
    }

    @Test func resolvesAnchorsAliasesAndMergeKeys() throws {
        let text = """
            base: &base {platform: slack, warRoom: enabled}
            copy: *base
            merged:
              <<: *base
              warRoom: disabled
            """
        let result = parse(text)
        #expect(result.errors.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["copy"]?["platform"]?.scalar?.text == "slack")
        #expect(root["merged"]?["warRoom"]?.scalar?.text == "disabled")
        #expect(root["merged"]?["platform"]?.scalar?.text == "slack")
        #expect(root["merged"]?.mapping?.count == 2)
    }

    @Test func reportsADuplicateKeyAtItsSecondPlaceAndKeepsGoing() {
        let result = parse("a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n")
        #expect(
            result.errors == [
                .duplicateKey(key: "a", firstLine: 1, file: "t.yaml", line: 3, column: 1),
                .duplicateKey(key: "d", firstLine: 5, file: "t.yaml", line: 6, column: 3),
            ])
        #expect(result.documents.first?.root?["a"]?.scalar?.text == "1")
    }

    @Test func explainsATabInTheIndentation() {
        let result = parse("spec:\n  platform: slack\n\tintegrationId: 1\n")
        #expect(result.errors == [.tabIndentation(file: "t.yaml", line: 3, column: 1)])
    }

    @Test func acceptsTabsInsideABlockScalar() {
        let result = parse("text: |\n  one\n  \ttwo\n")
        #expect(result.errors.isEmpty)
        #expect(result.documents.first?.root?["text"]?.scalar?.text == "one\n\ttwo\n")
    }

    @Test func reportsAnAliasToNoAnchor() {
        let result = parse("a: *nowhere\n")
        #expect(
            result.errors == [.unknownAlias(name: "nowhere", file: "t.yaml", line: 1, column: 4)])
    }

    @Test func reportsTheFirstByteThatIsNotUTF8() {
        var bytes = Array("a: ok\nb: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n".utf8)
        let result = YAMLParser.parse(bytes, file: "t.yaml")
        #expect(result.errors == [.notUTF8(byte: 0xE9, file: "t.yaml", line: 2, column: 7)])
        #expect(result.errors.first?.message == "file is not valid UTF-8 (byte 0xE9)")
    }

    @Test func reportsLibyamlSyntaxErrorsWithTheirPlace() throws {
        let result = parse("a: 1\nb: [unclosed\nc: 2\n")
        let error = try #require(result.errors.first)
        guard case .syntax(let problem, _, _, let line, _) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(!problem.isEmpty)
        #expect(line >= 2)
    }

    @Test(arguments: [
        ("~", YAMLScalar.Resolved.null), ("", .null), ("null", .null), ("true", .bool(true)),
        ("False", .bool(false)), ("42", .int(42)), ("-7", .int(-7)), ("0x1F", .int(31)),
        ("1.5", .float(1.5)), ("no", .string("no")), ("yes", .string("yes")),
        ("2476444212131", .int(2_476_444_212_131)), ("1e", .string("1e")),
    ])
    func resolvesPlainScalarsByTheCoreSchema(text: String, expected: YAMLScalar.Resolved) {
        #expect(YAMLScalar(text: text, style: .plain).resolved == expected)
    }

    @Test func keepsQuotedScalarsAsStrings() {
        #expect(YAMLScalar(text: "true", style: .doubleQuoted).resolved == .string("true"))
        #expect(YAMLScalar(text: "42", style: .singleQuoted).resolved == .string("42"))
    }

    @Test func countsLibyamlEventsWithoutBuildingNodes() {
        // stream, document, mapping, key, value, mapping end, document end, stream end
        #expect(YAMLParser.countEvents(Array("a: 1\n".utf8)) == 8)
        #expect(YAMLParser.countEvents(Array("a: [\n".utf8)) == nil)
    }
}
