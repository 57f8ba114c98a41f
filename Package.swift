// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "HomeStretch",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "HomeStretch", targets: ["HomeStretch"]),
    .executable(name: "homestretch", targets: ["homestretch"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .target(
      name: "HomeStretch",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    .executableTarget(
      name: "homestretch",
      dependencies: [
        "HomeStretch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "HomeStretchTests",
      dependencies: ["HomeStretch"]
    ),
  ]
)
