// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "flightdeck",
    products: [
        .executable(name: "flightdeck", targets: ["flightdeck"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "FlightDeckCore",
            dependencies: [.product(name: "DequeModule", package: "swift-collections")],
            linkerSettings: [.linkedLibrary("m")]
        ),
        .target(
            name: "FlightDeckKafka",
            dependencies: ["FlightDeckCore", "CRdKafka"]
        ),
        .target(
            name: "FlightDeckSimulator",
            dependencies: ["FlightDeckCore"]
        ),
        .target(
            name: "FlightDeckConsole",
            dependencies: ["FlightDeckCore", "CNCursesW"]
        ),
        .target(name: "CSpawn"),
        .target(name: "ProcessSupport", dependencies: ["CSpawn"]),
        .target(
            name: "FlightDeckBench",
            dependencies: [
                "FlightDeckCore", "FlightDeckKafka", "FlightDeckConsole", "ProcessSupport",
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .executableTarget(
            name: "flightdeck",
            dependencies: [
                "FlightDeckCore", "FlightDeckKafka", "FlightDeckSimulator", "FlightDeckConsole", "FlightDeckBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .testTarget(name: "FlightDeckCoreTests", dependencies: ["FlightDeckCore"]),
        .testTarget(name: "FlightDeckSimulatorTests", dependencies: ["FlightDeckSimulator", "FlightDeckCore"]),
        .testTarget(name: "FlightDeckConsoleTests", dependencies: ["FlightDeckConsole", "FlightDeckCore"]),
        .testTarget(name: "FlightDeckBenchTests", dependencies: ["FlightDeckBench", "FlightDeckCore"]),
        .testTarget(
            name: "FlightDeckKafkaTests",
            dependencies: ["FlightDeckKafka", "FlightDeckCore", "ProcessSupport"]
        ),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["flightdeck", "FlightDeckCore", "FlightDeckKafka", "FlightDeckConsole", "FlightDeckSimulator", "ProcessSupport"]
        ),
        .testTarget(name: "FuzzTests", dependencies: ["FlightDeckCore", "ProcessSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["flightdeck", "ProcessSupport", "FlightDeckKafka", "FlightDeckCore"]
        ),
    ]
)
