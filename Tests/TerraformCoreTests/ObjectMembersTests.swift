import Testing
@testable import TerraformCore

/// Members are collected in any order and written in code-point order of their keys; a key added
/// twice is written once, with the value added last.
@Suite struct ObjectMembersTests {
    func compact(_ members: ObjectMembers) -> String {
        var sink = JSONTextSink(pretty: false, capacity: 64)
        members.write(into: &sink)
        return sink.finish()
    }

    @Test func membersAddedOutOfOrderAreWrittenInCodePointOrder() {
        var members = ObjectMembers()
        for key in ["tags", "Name", "bucket", "_x", "é", "arn"] { members.add(key, .string(key)) }
        #expect(compact(members) == #"{"Name":"Name","_x":"_x","arn":"arn","bucket":"bucket","tags":"tags","é":"é"}"#)
    }

    @Test func aKeyAddedTwiceKeepsTheLastValueInOrderOrNot() {
        var sorted = ObjectMembers()
        sorted.add("a", .bool(true))
        sorted.add("b", .string("first"))
        sorted.add("b", .string("second"))
        sorted.add("c", .bool(false))
        #expect(compact(sorted) == #"{"a":true,"b":"second","c":false}"#)

        var unsorted = ObjectMembers()
        unsorted.add("c", .bool(false))
        unsorted.add("b", .string("first"))
        unsorted.add("a", .bool(true))
        unsorted.add("b", .string("second"))
        #expect(compact(unsorted) == #"{"a":true,"b":"second","c":false}"#)
    }

    @Test func noMembersIsAnEmptyObject() {
        #expect(compact(ObjectMembers()) == "{}")
    }
}
