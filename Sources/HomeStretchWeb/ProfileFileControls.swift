/// The form page's and the preview's controls for profile files: **Download profile
/// (YAML)**, a button of the patient form itself (so it posts what is typed), and **Open a
/// profile file**, a form of its own that uploads a file into the form.
enum ProfileFileControls {
  /// The button that downloads the form as a profile file, for the form's actions.
  static let downloadButton =
    "<button type=\"submit\" formaction=\"/profile/download\">Download profile (YAML)</button>\n"

  /// The upload form: a labelled file input, the token as a field, and its button.
  static func openForm(csrf: String) -> String {
    """
    <form method="post" action="/profile/open" enctype="multipart/form-data" class="load">
    \(FormPage.hidden("csrf", csrf))<label for="profile-file">Open a profile file</label>
    <input type="file" id="profile-file" name="\(ProfileUpload.fieldName)" accept=".yaml,.yml" \
    aria-describedby="profile-file-hint">
    <button type="submit">Open</button>
    <span class="hint" id="profile-file-hint">A .yaml profile, as written by Download profile or for homestretch plan.</span>
    </form>

    """
  }
}
