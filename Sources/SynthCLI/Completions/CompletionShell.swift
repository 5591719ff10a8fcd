/// The shells `synth completion SHELL` writes a script for.
public enum CompletionShell: String, OptionChoice {
    case bash, zsh, fish

    public static let defaultValue = CompletionShell.bash

    /// The script, generated from the command declarations.
    func script() -> String {
        switch self {
        case .bash: return BashCompletionsGenerator.script()
        case .zsh: return ZshCompletionsGenerator.script()
        case .fish: return FishCompletionsGenerator.script()
        }
    }

    /// Every command (the main one first) with all its options.
    static var commands: [any Command.Type] { SynthCommands.all }

    /// The first sentence of a help text, for one-line descriptions.
    static func brief(_ text: String) -> String {
        let first = text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? text
        return first.trimmingCharacters(in: " ;:.")
    }
}

extension String {
    /// Trims any of `characters` from both ends.
    func trimmingCharacters(in characters: String) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text.removeFirst() }
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return String(text)
    }

    /// Inside single quotes in a POSIX shell: `'` becomes `'\''`.
    var singleQuoted: String { "'" + replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
}
