"""PDF (and later XLSX/ICS) builders: plain data in, bytes out.

Every PDF report has a pure `build_story(data) -> list[Flowable]` and a `render_pdf(data) ->
bytes`; the shared look (fonts, header, footer "pagina X van Y", tables, signature block) lives
in `reports.style`. Import these modules lazily: ReportLab costs start-up time for the GUI.
"""
