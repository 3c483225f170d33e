import Testing

@testable import MusterModel

@Suite struct DurationTests {
    @Test(arguments: [
        ("90s", 90), ("30m", 1800), ("24h", 86_400), ("7d", 604_800), ("1h30m", 5400),
        ("1d2h3m4s", 93_784),
    ])
    func parsesTheWrittenForms(text: String, seconds: Int) {
        #expect(Duration(parsing: text)?.seconds == seconds)
    }

    @Test(arguments: ["", "24", "24 hours", "h", "0s", "30m1h", "1.5h", "-1h", "1w", "1hh"])
    func rejectsWhatIsNotADuration(text: String) {
        #expect(Duration(parsing: text) == nil)
    }

    @Test func printsTheCanonicalForm() {
        #expect(Duration(seconds: 5400).description == "1h30m")
        #expect(Duration(seconds: 86_400).description == "1d")
    }
}
