import Testing
import TerraformCore
@testable import Stack
@testable import Review

@Suite struct SettingsMatrixTests {
    /// `Environments.dev` renamed and changed; every field a test row reads is set here.
    static func config(_ name: String, _ change: (inout EnvironmentConfig) -> Void) -> EnvironmentConfig {
        var config = Environments.dev
        config.name = name
        change(&config)
        return config
    }

    static let dev = config("dev") {
        $0.region = "eu-west-1"
        $0.lambda.chatMemoryMB = 512
        $0.api.corsOrigins = ["http://localhost:3000", "https://dev.example.com"]
        $0.models.chatInferenceProfile = nil
        $0.database.capacity = .onDemand
        $0.alarms.email = ""
        $0.usage.storedGB = 2
        $0.options.rerankModelID = nil
    }

    static let prod = config("prod") {
        $0.region = "eu-west-1"
        $0.lambda.chatMemoryMB = 1024
        $0.api.corsOrigins = ["https://app.example.com"]
        $0.models.chatInferenceProfile = InferenceProfile(id: "eu.model-v1:0", destinationRegions: ["eu-central-1", "eu-west-1"])
        $0.database.capacity = .provisioned(readMin: 10, readMax: 200, writeMin: 10, writeMax: 200)
        $0.alarms.email = "oncall@example.com"
        $0.usage.storedGB = 2.5
        $0.options.rerankModelID = nil
    }

    static let rowNames = ["region", "lambda.chatMemoryMB", "api.corsOrigins", "models.chatInferenceProfile.id",
                           "database.capacity", "alarms.email", "usage.storedGB", "options.rerankModelID"]

    /// The matrix of prod and dev (given in that order) with only `rowNames` as rows.
    static var small: SettingsMatrix {
        SettingsMatrix([prod, dev], settings: EnvironmentConfig.settings.filter { rowNames.contains($0.name) })
    }

    /// Long values wrap within their column (after spaces) so two environments fit 100 columns.
    @Test func text() {
        #expect(Self.small.render(.text) == """
               setting                         dev                      prod
               region                          eu-west-1                eu-west-1
            *  lambda.chatMemoryMB             512                      1024
            *  api.corsOrigins                 http://localhost:3000,   https://app.example.com
                                               https://dev.example.com
            *  models.chatInferenceProfile.id  -                        eu.model-v1:0
            *  database.capacity               on-demand                provisioned read 10-200, write
                                                                        10-200
            *  alarms.email                    -                        oncall@example.com
            *  usage.storedGB                  2                        2.5
               options.rerankModelID           -                        -

            * differs between environments (6 of 8 settings)

            """)
    }

    @Test func onlyDifferingRowsSayHowManyWereLeftOut() {
        let matrix = SettingsMatrix([Self.prod, Self.dev], settings: EnvironmentConfig.settings.filter { Self.rowNames.contains($0.name) },
                                    onlyDiffering: true)
        #expect(matrix.rows.map(\.setting) == ["lambda.chatMemoryMB", "api.corsOrigins", "models.chatInferenceProfile.id",
                                               "database.capacity", "alarms.email", "usage.storedGB"])
        #expect(matrix.render(.text).hasSuffix("\n* differs between environments (6 of 8 settings); 2 equal settings not shown\n"))
        #expect(matrix.render(.markdown).hasSuffix("\nValues in **bold** differ between environments (6 of 8 settings); 2 equal settings not shown.\n"))
    }

    @Test func wrappingBreaksAtSpacesAndInsideOverlongWords() {
        #expect(TextTable.wrap("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
        #expect(TextTable.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextTable.wrap("short", width: 10) == ["short"])
    }

    @Test func markdown() {
        #expect(Self.small.render(.markdown) == """
            | setting | dev | prod |
            | --- | --- | --- |
            | `region` | eu-west-1 | eu-west-1 |
            | `lambda.chatMemoryMB` | **512** | **1024** |
            | `api.corsOrigins` | **http://localhost:3000, https://dev.example.com** | **https://app.example.com** |
            | `models.chatInferenceProfile.id` | **-** | **eu.model-v1:0** |
            | `database.capacity` | **on-demand** | **provisioned read 10-200, write 10-200** |
            | `alarms.email` | **-** | **oncall@example.com** |
            | `usage.storedGB` | **2** | **2.5** |
            | `options.rerankModelID` | - | - |

            Values in **bold** differ between environments (6 of 8 settings).

            """)
    }

    @Test func json() {
        let matrix = SettingsMatrix([Self.prod, Self.dev], settings: EnvironmentConfig.settings.filter {
            ["lambda.chatMemoryMB", "api.corsOrigins", "models.chatInferenceProfile.id", "usage.storedGB", "region"].contains($0.name)
        })
        #expect(matrix.render(.json) == """
            {
              "environments": [
                "dev",
                "prod"
              ],
              "settings": [
                {
                  "differs": false,
                  "setting": "region",
                  "values": {
                    "dev": "eu-west-1",
                    "prod": "eu-west-1"
                  }
                },
                {
                  "differs": true,
                  "setting": "lambda.chatMemoryMB",
                  "values": {
                    "dev": 512,
                    "prod": 1024
                  }
                },
                {
                  "differs": true,
                  "setting": "api.corsOrigins",
                  "values": {
                    "dev": [
                      "http://localhost:3000",
                      "https://dev.example.com"
                    ],
                    "prod": [
                      "https://app.example.com"
                    ]
                  }
                },
                {
                  "differs": true,
                  "setting": "models.chatInferenceProfile.id",
                  "values": {
                    "dev": null,
                    "prod": "eu.model-v1:0"
                  }
                },
                {
                  "differs": true,
                  "setting": "usage.storedGB",
                  "values": {
                    "dev": 2,
                    "prod": 2.5
                  }
                }
              ]
            }

            """)
    }

    @Test func columnsAreInPromotionOrder() {
        #expect(SettingsMatrix(Environments.all).environments == ["dev", "qa", "demo", "staging", "prod"])
        #expect(SettingsMatrix(Environments.all).render(.text).split(separator: "\n").first?.split(separator: " ").map(String.init)
            == ["setting", "dev", "qa", "demo", "staging", "prod"])
    }

    /// Every stored property of `EnvironmentConfig`, nested structs flattened with dots, is a
    /// row (so a new knob cannot be left out of `synth envs`); `name` is the column header.
    @Test func everySettingIsARow() {
        func leaves(_ value: Any, _ path: String) -> [String] {
            var mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first?.value else { return [path] }
                mirror = Mirror(reflecting: wrapped)
            }
            guard mirror.displayStyle == .struct, !mirror.children.isEmpty else { return [path] }
            return mirror.children.flatMap { child in leaves(child.value, path.isEmpty ? child.label! : "\(path).\(child.label!)") }
        }
        var full = Environments.prod
        full.options.rerankModelID = "amazon.rerank-v1:0"
        let expected = Set(leaves(full, "")).subtracting(["name"])
        let rows = SettingsMatrix([full]).rows.map(\.setting)
        #expect(Set(rows) == expected)
        #expect(rows.count == Set(rows).count)
    }

    @Test func allEnvironmentsRenderInEveryFormat() throws {
        for format in ReportFormat.allCases {
            #expect(SettingsMatrix(Environments.all).render(format).hasSuffix("\n"))
        }
        let json = try JSONParser.parse(SettingsMatrix(Environments.all).render(.json))
        let settings = try #require(json["settings"]?.arrayValue)
        #expect(settings.count == EnvironmentConfig.settings.count)
        let memory = try #require(settings.first { $0["setting"] == "lambda.chatMemoryMB" })
        #expect(memory["values"]?["prod"] == .integer(Environments.prod.lambda.chatMemoryMB))
    }
}
