extension Stylesheet {
  /// The preview's handout column: the plan and the handout side by side on a laptop
  /// screen (stacked below 62rem), the literacy check as a compact list, the page
  /// thumbnails in a grid of two (about 175 px wide each), and a page opened larger over
  /// everything by `:target`, with its links on top.
  static let preview = """
    main:has(.preview-columns) { max-width: 82rem; }
    .preview-columns { display: grid; grid-template-columns: minmax(0, 1fr) 25rem; gap: 0 2rem; align-items: start; }
    @media (max-width: 62rem) { .preview-columns { grid-template-columns: minmax(0, 1fr); } }
    aside.handout { background: #fff; border: 1px solid #d4d4cf; border-radius: 6px; padding: 0.1rem 1rem 0.4rem;
      margin: 1rem 0; }
    aside.handout h2 { margin-top: 0.7rem; }
    aside.handout fieldset.print { margin: 0.8rem 0 0.4rem; padding: 0.4rem 0.8rem; }
    aside.handout fieldset.print .actions { gap: 0.5rem; }
    .handout-facts { margin: 0.1rem 0 0.5rem; color: #333; }
    details.literacy { border: 1px solid #c9c9c4; border-radius: 4px; padding: 0.3rem 0.6rem; margin: 0.5rem 0 0.8rem; }
    details.literacy.failed { border: 2px solid #b00020; }
    details.literacy summary { font-weight: 700; cursor: pointer; }
    details.literacy.passed summary { color: #1d5e27; }
    details.literacy.failed summary { color: #b00020; }
    ul.criteria { list-style: none; padding: 0; margin: 0.4rem 0 0.2rem; font-size: 0.9rem; line-height: 1.35; }
    ul.criteria li { margin: 0.3rem 0; }
    .criterion .mark { display: inline-block; min-width: 2.7rem; text-align: center; font-weight: 700;
      font-size: 0.75rem; border-radius: 3px; padding: 0 0.3rem; text-transform: uppercase; }
    .criterion.pass .mark { background: #e3f1e4; color: #1d5e27; }
    .criterion.fail .mark { background: #b00020; color: #fff; }
    .criterion.info .mark { background: #e4e9ee; color: #20394f; }
    .criterion .worst { display: block; margin: 0.1rem 0 0 3.1rem; color: #333; }
    ol.thumbs { list-style: none; padding: 0; margin: 0.3rem 0 0.6rem; display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.9rem 0.8rem; }
    li.thumb figure { margin: 0; }
    li.thumb a.open { display: block; }
    li.thumb img { display: block; width: 100%; height: auto; background: #fff; border: 1px solid #8a8a85;
      box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25); }
    li.thumb img.large { display: none; }
    li.thumb:target img.small { display: none; }
    li.thumb:target img.large { display: block; }
    li.thumb a.open:hover img { border-color: #20394f; }
    li.thumb a:focus { outline: 3px solid #d9822b; outline-offset: 2px; }
    li.thumb figcaption { font-size: 0.85rem; margin-top: 0.25rem; line-height: 1.3; }
    li.thumb .contents { display: block; color: #444; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    li.thumb .page-nav, li.thumb .backdrop { display: none; }
    li.thumb:target { position: fixed; inset: 0; z-index: 10; background: rgba(20, 32, 44, 0.9); overflow: auto;
      padding: 0 1rem 2rem; display: flex; flex-direction: column; }
    li.thumb:target .backdrop { display: block; position: fixed; inset: 0; z-index: 0; }
    li.thumb:target .page-nav, li.thumb:target figure { position: relative; z-index: 1; }
    li.thumb:target .page-nav { display: flex; gap: 0.6rem; justify-content: center; margin: 0; padding: 0.6rem 0;
      order: -1; position: sticky; top: 0; z-index: 2; }
    li.thumb:target .page-nav a { background: #fff; color: #20394f; padding: 0.3rem 0.9rem; border-radius: 4px;
      font-weight: 600; text-decoration: none; }
    li.thumb:target figure { width: min(51rem, 100%); margin: 0 auto; }
    li.thumb:target figcaption { color: #fff; text-align: center; font-size: 1rem; }
    li.thumb:target .contents { color: #d8e2ea; white-space: normal; }

    """
}
