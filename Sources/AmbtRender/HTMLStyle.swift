/// The inline stylesheet of the HTML rendering.
///
/// Colours (on white): text #1b1b1b (17:1), links #0b4a8f (9:1), explanation text #1b1b1b on
/// #eef3f8, annotation text #2b2400 on #fff7dc, draft text #5c0f12 on #fdecec; every pair is at
/// least 7:1 (WCAG AAA). Print: no skip link, no colours, URLs printed after external links, rules
/// kept on one page where possible.
enum HTMLStyle {
  static let css = """
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.6; color: #1b1b1b; background: #ffffff; }
    header.document-header, nav.toc, main, footer.colophon { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
    body.with-annotations header.document-header, body.with-annotations nav.toc, body.with-annotations main, body.with-annotations footer.colophon { max-width: 74rem; }
    body.with-annotations main p, body.with-annotations main li { max-width: 52rem; }
    a { color: #0b4a8f; }
    a:focus-visible, main:focus-visible { outline: 3px solid #0b4a8f; outline-offset: 2px; }
    .skip-link { position: absolute; left: 1rem; top: -10rem; background: #0b4a8f; color: #ffffff; padding: 0.5rem 1rem; z-index: 10; }
    .skip-link:focus { top: 1rem; }
    h1 { font-size: 2rem; line-height: 1.25; margin: 2rem 0 1rem; }
    h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #1b1b1b; }
    h3 { font-size: 1.125rem; margin: 1.5rem 0 0.25rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
    dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; margin: 1rem 0 2rem; padding: 1rem 1.25rem; border: 1px solid #767676; }
    dl.metadata div { display: contents; }
    dl.metadata dt { font-weight: 600; }
    dl.metadata dd { margin: 0; }
    .draft-notice { padding: 0.75rem 1rem; background: #fdecec; color: #5c0f12; border-left: 6px solid #a4262c; }
    nav.toc ol { list-style: none; padding-left: 0; margin: 0.25rem 0; }
    nav.toc ol ol { padding-left: 1.5rem; font-size: 0.95rem; }
    nav.toc li { margin: 0.2rem 0; }
    .rule { margin: 0.75rem 0 1rem; }
    .rule-body::after { content: ""; display: table; clear: both; }
    .rule-body > .untitled { float: left; margin: 0 0.5rem 0 0; font-size: inherit; line-height: inherit; }
    .rule-body > .untitled + p, .rule-body > .untitled + .draft-label { margin-top: 0; }
    .rule h3 .rule-number, .rule h4 .rule-number { text-decoration: none; color: #1b1b1b; margin-right: 0.25rem; }
    .rule h3 .rule-number:hover, .rule h3 .rule-number:focus { text-decoration: underline; color: #0b4a8f; }
    .rule.draft .rule-body { border-left: 6px solid #a4262c; padding-left: 0.9rem; }
    .draft-label { background: #fdecec; color: #5c0f12; padding: 0.4rem 0.75rem; margin: 0.25rem 0 0.5rem; }
    ol.marked { list-style: none; padding-left: 0; }
    ol.marked > li { padding-left: 2.25rem; text-indent: -2.25rem; margin: 0.25rem 0; }
    ol.marked > li > ol, ol.marked > li > ul { text-indent: 0; }
    .marker { display: inline-block; min-width: 2rem; text-indent: 0; font-variant-numeric: tabular-nums; }
    aside.explanation { margin: 0.75rem 0 1rem; padding: 0.75rem 1rem; background: #eef3f8; border-left: 6px solid #3d6a99; }
    aside.explanation-voorbeelden { background: #eef6ee; border-left-color: #2f6b35; }
    aside.explanation-noot { background: #f4f1fa; border-left-color: #5b4a8a; }
    .explanation-label { font-weight: 700; margin: 0 0 0.25rem; }
    aside.explanation p:last-child { margin-bottom: 0; }
    aside.annotations { font-size: 0.875rem; background: #fff7dc; color: #2b2400; border: 1px solid #8a6d00; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
    aside.annotations dl { margin: 0; }
    aside.annotations dl div { margin: 0 0 0.2rem; }
    aside.annotations dt { display: inline; font-weight: 700; }
    aside.annotations dt::after { content: ": "; }
    aside.annotations dd { display: inline; margin: 0; }
    aside.annotations a { color: #4a3000; }
    @media (min-width: 64rem) {
      body.with-annotations .rule { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1.5rem; align-items: start; }
      body.with-annotations .rule > aside.annotations { margin-top: 0; }
    }
    footer.colophon { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid #767676; font-size: 0.875rem; }
    @media print {
      body { font-size: 11pt; color: #000000; background: #ffffff; }
      .skip-link { display: none; }
      header.document-header, nav.toc, main, footer.colophon { max-width: none; padding: 0; }
      a { color: #000000; text-decoration: none; }
      main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
      nav.toc { page-break-after: always; }
      h2, h3 { page-break-after: avoid; break-after: avoid; }
      .rule, aside { page-break-inside: avoid; break-inside: avoid; }
      aside.explanation, aside.annotations, .draft-label, .draft-notice { background: none; border: 1px solid #000000; color: #000000; }
      .rule.draft .rule-body { border-left: 3px solid #000000; }
    }

    """
}
