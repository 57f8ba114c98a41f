// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "HomeStretch",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "HomeStretch", targets: ["HomeStretch"]),
    .library(name: "Handout", targets: ["Handout"]),
    .executable(name: "homestretch", targets: ["homestretch"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
  ],
  targets: [
    .target(
      name: "HomeStretch",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "homestretch-cairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig-dev"])]
    ),
    .target(
      name: "Handout",
      dependencies: ["HomeStretch", "CCairo"]
    ),
    .executableTarget(
      name: "homestretch",
      dependencies: [
        "HomeStretch",
        "Handout",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "homestretch-bench",
      dependencies: ["HomeStretch", "Handout"]
    ),
    .target(
      name: "TestSupport",
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "HomeStretchTests",
      dependencies: ["HomeStretch", "TestSupport"]
    ),
    .testTarget(
      name: "HandoutTests",
      dependencies: ["Handout", "HomeStretch", "TestSupport"]
    ),
  ]
)
