import MusterHTTPServer
import Testing

@Suite struct FormDecoderTests {
    @Test func decodesPlusAsSpaceAndPercentEscapesAsUTF8() {
        let items = FormDecoder.decode("text=hello+w%C3%B6rld&users=U1%2CU2&flag")
        #expect(
            items == [
                FormItem(name: "text", value: "hello wörld"),
                FormItem(name: "users", value: "U1,U2"),
                FormItem(name: "flag", value: ""),
            ])
    }

    @Test func encodingThenDecodingGivesTheSamePairs() {
        let items = [FormItem(name: "a b", value: "x&y=z/ü"), FormItem(name: "n", value: "")]
        #expect(FormDecoder.decode(FormDecoder.encode(items)) == items)
    }

    @Test func keepsAMalformedEscapeAsItIs() {
        #expect(FormDecoder.decode("a=%zz%4") == [FormItem(name: "a", value: "%zz%4")])
    }
}
