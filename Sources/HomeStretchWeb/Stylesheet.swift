/// The pages' own small stylesheet, served by the server (no CDN, no web font): large
/// readable type, a visible focus ring on every control, greys with one accent.
public enum Stylesheet {
  public static let css = base + preview

  static let base = """
    *, *::before, *::after { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.45;
      color: #1a1a1a; background: #f6f6f4; }
    header.top { background: #20394f; color: #fff; padding: 0.6rem 1.5rem; display: flex; gap: 1.5rem;
      align-items: baseline; flex-wrap: wrap; }
    header.top .brand { color: #fff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
    header.top .tag { color: #d8e2ea; font-size: 0.9rem; }
    main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    h1 { font-size: 1.7rem; margin: 0.8rem 0 0.4rem; }
    h2 { font-size: 1.3rem; margin: 1.4rem 0 0.5rem; }
    h3 { font-size: 1.1rem; margin: 0.2rem 0; }
    .lead { font-size: 1.05rem; }
    fieldset.group { border: 1px solid #c9c9c4; background: #fff; border-radius: 6px; padding: 0.8rem 1.2rem;
      margin: 1rem 0; }
    fieldset.group > legend { font-weight: 700; font-size: 1.15rem; padding: 0 0.4rem; }
    .field { margin: 0.9rem 0; border: 0; padding: 0; }
    .field > label, .field > legend { display: block; font-weight: 600; margin-bottom: 0.2rem; padding: 0; }
    .field.flag > label { font-weight: 600; }
    .hint { margin: 0.2rem 0 0; color: #4a4a4a; font-size: 0.92rem; }
    .required { font-weight: 400; color: #4a4a4a; }
    input[type=text], input[type=date], select, textarea { font: inherit; padding: 0.35rem 0.5rem;
      border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; color: inherit; }
    input[type=text] { width: 100%; max-width: 28rem; }
    input[inputmode=numeric] { width: 6rem; }
    textarea { width: 100%; }
    .boxes, .radios { display: block; }
    label.option { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0.15rem 1.1rem 0.15rem 0;
      font-weight: 400; }
    input[type=checkbox], input[type=radio] { width: 1.15rem; height: 1.15rem; margin: 0; }
    :focus-visible { outline: 3px solid #d9822b; outline-offset: 2px; }
    input:focus, select:focus, textarea:focus, button:focus { outline: 3px solid #d9822b; outline-offset: 2px; }
    button { font: inherit; padding: 0.45rem 1rem; border-radius: 4px; border: 1px solid #20394f;
      background: #fff; color: #20394f; cursor: pointer; }
    button.primary { background: #20394f; color: #fff; font-weight: 700; }
    button.small { padding: 0.15rem 0.6rem; font-size: 0.9rem; }
    .actions { display: flex; gap: 0.8rem; flex-wrap: wrap; margin-top: 1rem; }
    .has-error input, .has-error select, .has-error textarea { border: 2px solid #b00020; }
    .field-error { color: #b00020; font-weight: 600; margin: 0.2rem 0; }
    .error-summary { border: 3px solid #b00020; background: #fff; padding: 0.5rem 1rem; margin: 1rem 0;
      border-radius: 6px; }
    .error-summary h2 { margin-top: 0.3rem; color: #b00020; }
    .error-summary a { color: #b00020; }
    .referral { border: 4px solid #b00020; background: #fff3f3; padding: 0.6rem 1.2rem; margin: 1rem 0;
      border-radius: 6px; }
    .referral h1 { color: #8a0018; }
    .urgency { display: inline-block; padding: 0 0.5rem; border-radius: 3px; background: #b00020; color: #fff;
      font-size: 0.9rem; }
    .warnings { border-left: 5px solid #d9822b; background: #fff; padding: 0.2rem 1rem; margin: 1rem 0; }
    ol.items { padding-left: 1.4rem; }
    li.item { background: #fff; border: 1px solid #d4d4cf; border-radius: 6px; padding: 0.5rem 0.9rem;
      margin: 0.6rem 0; }
    .dose { font-weight: 600; margin: 0.2rem 0; }
    .side, .weeks { font-size: 0.85rem; font-weight: 600; background: #e4e9ee; padding: 0 0.4rem;
      border-radius: 3px; margin-left: 0.4rem; }
    ul.why { margin: 0.2rem 0 0.4rem; padding-left: 1.1rem; color: #333; }
    table.week { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 0.6rem; }
    table.week th, table.week td { border: 1px solid #d4d4cf; padding: 0.3rem 0.5rem; text-align: left;
      vertical-align: top; }
    details.excluded { background: #fff; border: 1px solid #d4d4cf; border-radius: 6px; padding: 0.5rem 0.9rem;
      margin: 1rem 0; }
    details.excluded summary { font-weight: 700; cursor: pointer; }
    details.excluded li { margin: 0.3rem 0; }
    .unsafe { font-size: 0.85rem; color: #8a0018; font-weight: 600; }
    a { color: #1d4f7a; }
    form.load { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; background: #fff;
      border: 1px solid #c9c9c4; border-radius: 6px; padding: 0.5rem 1rem; }
    form.load label { font-weight: 600; }
    header.top nav { display: flex; gap: 1rem; }
    header.top nav a { color: #fff; font-weight: 600; }
    input[type=file] { font: inherit; padding: 0.3rem; border: 1px solid #6b6b6b; border-radius: 4px;
      background: #fff; max-width: 100%; }
    a.button { display: inline-block; padding: 0.45rem 1rem; border-radius: 4px; border: 1px solid #20394f;
      background: #fff; color: #20394f; text-decoration: none; font-weight: 600; }
    a.button.primary { background: #20394f; color: #fff; }
    ul.downloads { list-style: none; padding: 0; }
    ul.downloads li { margin: 0.6rem 0; }
    table.roster { border-collapse: collapse; width: 100%; background: #fff; }
    table.roster th, table.roster td { border: 1px solid #d4d4cf; padding: 0.3rem 0.5rem; text-align: left;
      vertical-align: top; }
    table.roster tr.failed td { background: #fff3f3; }
    table.roster tr.referral td { background: #fff8ec; }
    form.load + form.load { margin-top: 0.6rem; }
    form.load .hint { flex-basis: 100%; margin: 0; }
    .notice { border-left: 5px solid #20394f; background: #fff; padding: 0.4rem 1rem; margin: 0.8rem 0; }
    input[type=password] { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #6b6b6b; border-radius: 4px;
      background: #fff; color: inherit; width: 100%; max-width: 28rem; }
    form.login { background: #fff; border: 1px solid #c9c9c4; border-radius: 6px; padding: 0.4rem 1.2rem 1rem;
      max-width: 32rem; }
    .notice { border-left: 5px solid #20394f; background: #fff; padding: 0.4rem 1rem; font-weight: 600; }
    header.top form.signout { margin-left: auto; }
    header.top form.signout button { padding: 0.2rem 0.8rem; background: #fff; color: #20394f; font-weight: 600; }

    """
}
