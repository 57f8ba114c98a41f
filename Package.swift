// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "HomeStretch",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "HomeStretch", targets: ["HomeStretch"]),
    .library(name: "Handout", targets: ["Handout"]),
    .library(name: "HomeStretchWeb", targets: ["HomeStretchWeb"]),
    .executable(name: "homestretch", targets: ["homestretch"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
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
    .target(
      name: "HomeStretchWeb",
      dependencies: [
        "HomeStretch",
        "Handout",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "MultipartKit", package: "multipart-kit"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
      ]
    ),
    .executableTarget(
      name: "homestretch",
      dependencies: [
        "HomeStretch",
        "Handout",
        "HomeStretchWeb",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "homestretch-bench",
      dependencies: ["HomeStretch", "Handout", "HomeStretchWeb"]
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
      name: "HomeStretchWebTests",
      dependencies: [
        "HomeStretchWeb", "HomeStretch", "Handout", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "HandoutTests",
      dependencies: ["Handout", "HomeStretch", "TestSupport"]
    ),
  ]
)
