extension InputError {
  /// The same problem, marked as over one of ``InputLimits``.
  public var overLimit: InputError {
    var error = self
    error.isOverLimit = true
    return error
  }
}

extension InputErrors {
  /// Whether any problem is over one of ``InputLimits`` (too large, too many rows).
  public var isOverLimit: Bool { errors.contains(where: \.isOverLimit) }
}
