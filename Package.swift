// swift-tools-version:6.0
// refgap: the reference-gap planner. One library target per pipeline stage, a thin command on top,
// libcsv (Debian's libcsv-dev) at the bottom; OpenSSL's libcrypto (libssl-dev) for the inputs' SHA-256.
//
//   refgap (command) → RefgapCore (pipeline, config, output)
//     → RefgapRender → RefgapPrioritize → RefgapAllocate → RefgapSegment → RefgapNormalize
//     → RefgapIngest → CSVReader → CLibCSV  (the stage order: a stage imports only stages after it)
//   RefgapModel: the plain value types every stage shares, and in Layers/ what passes between the
//   stages (Segmented, Allocated, Prioritized, ...: flat, none contains another). A stage imports only
//   the stages whose code it calls: RefgapRender takes its results as layers and imports RefgapModel,
//   Mustache, and RefgapIngest for the settings table only; RefgapAllocate imports RefgapModel alone.
// Each target declares exactly the modules it imports, no more and no less (a stage may import only
// stages below it): scripts/check-imports.py checks both, and CI runs it.
import PackageDescription

let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "refgap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "refgap", targets: ["refgap"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .systemLibrary(name: "CFileSync", path: "Sources/CFileSync"),
        .target(name: "CSVReader", dependencies: ["CLibCSV"], swiftSettings: swift6),
        .target(name: "RefgapModel", swiftSettings: swift6),
        .target(
            name: "RefgapIngest", dependencies: ["CSVReader", "CLibCrypto", "RefgapModel", "Yams"],
            swiftSettings: swift6),
        .target(name: "RefgapNormalize", dependencies: ["RefgapIngest", "RefgapModel"], swiftSettings: swift6),
        .target(
            name: "RefgapSegment", dependencies: ["RefgapNormalize", "RefgapIngest", "RefgapModel"],
            swiftSettings: swift6),
        .target(name: "RefgapAllocate", dependencies: ["RefgapModel"], swiftSettings: swift6),
        .target(
            name: "RefgapPrioritize",
            dependencies: ["RefgapAllocate", "RefgapNormalize", "RefgapModel"],
            swiftSettings: swift6),
        .target(
            name: "RefgapRender",
            dependencies: [
                "RefgapIngest", "RefgapModel", .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swift6
        ),
        .target(
            name: "RefgapCore",
            dependencies: [
                "RefgapRender", "RefgapPrioritize", "RefgapAllocate", "RefgapSegment", "RefgapNormalize",
                "RefgapIngest", "RefgapModel", "CFileSync",
            ],
            swiftSettings: swift6
        ),
        .executableTarget(
            name: "refgap",
            dependencies: [
                "RefgapCore", "RefgapRender", "RefgapIngest", "RefgapModel", "CSVReader", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swift6
        ),
        .executableTarget(
            name: "refgap-bench",
            dependencies: [
                "RefgapCore", "RefgapRender", "RefgapPrioritize", "RefgapAllocate", "RefgapIngest", "RefgapModel",
            ],
            swiftSettings: swift6
        ),
        .executableTarget(
            name: "refgap-fuzz",
            dependencies: ["RefgapCore", "RefgapIngest", "RefgapRender", "CSVReader", "RefgapModel"],
            swiftSettings: swift6 + [.unsafeFlags(["-parse-as-library"])]
        ),
        // What the test targets share (a scratch folder removed when the tests end); not a pipeline stage.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: swift6),
        .testTarget(name: "CSVReaderTests", dependencies: ["CSVReader", "TestSupport"], swiftSettings: swift6),
        .testTarget(
            name: "IngestTests",
            dependencies: ["RefgapIngest", "RefgapNormalize", "RefgapModel", "TestSupport", "CSVReader"],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "RefgapTests",
            dependencies: [
                "RefgapCore", "RefgapRender", "RefgapIngest", "RefgapNormalize", "RefgapModel", "CSVReader", "refgap",
                "TestSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "RefgapNormalizeTests", dependencies: ["RefgapNormalize", "RefgapIngest", "RefgapModel"],
            swiftSettings: swift6),
        .testTarget(
            name: "EngineTests",
            dependencies: ["RefgapPrioritize", "RefgapAllocate", "RefgapSegment", "RefgapNormalize", "RefgapModel"],
            swiftSettings: swift6
        ),
    ]
)
