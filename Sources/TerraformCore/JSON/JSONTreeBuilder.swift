/// Builds the ``JSONValue`` a producer describes; the tree counterpart of ``JSONTextSink``.
struct JSONTreeBuilder: JSONSink {
    // Open containers, innermost last. Arrays and objects are kept in their own stacks and
    // changed through subscripts, so each grows in place instead of being copied per member.
    private var isObject: [Bool] = []
    private var arrays: [[JSONValue]] = []
    private var objects: [[String: JSONValue]] = []
    private var keys: [String] = []
    private var result: JSONValue = .null

    init() {}

    /// The finished value.
    var value: JSONValue { result }

    private mutating func add(_ value: JSONValue) {
        guard let inObject = isObject.last else {
            result = value
            return
        }
        if inObject {
            objects[objects.count - 1][keys.removeLast()] = value
        } else {
            arrays[arrays.count - 1].append(value)
        }
    }

    mutating func null() { add(.null) }
    mutating func bool(_ flag: Bool) { add(.bool(flag)) }
    mutating func integer(_ number: Int) { add(.integer(number)) }
    mutating func decimal(_ number: Double) { add(.decimal(number)) }
    mutating func string(_ text: String) { add(.string(text)) }
    mutating func value(_ value: JSONValue) { add(value) }

    mutating func beginArray() {
        isObject.append(false)
        arrays.append([])
    }

    mutating func beginObject() {
        isObject.append(true)
        objects.append([:])
    }

    mutating func key(_ key: String) { keys.append(key) }

    mutating func endArray() {
        isObject.removeLast()
        add(.array(arrays.removeLast()))
    }

    mutating func endObject() {
        isObject.removeLast()
        add(.object(objects.removeLast()))
    }
}
