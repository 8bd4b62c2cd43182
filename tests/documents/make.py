"""Real documents for the tests, written by the tools that write them in the wild: a PDF by a PDF library
(fpdf2), encrypted by pypdf; a Word file by python-docx; an e-mail by the standard library; a saved news
page with its menus, related links, comments and footer around the article."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

PAGE_4 = ("Samples showed that the concentration of chlorine near the inter-\nnational school exceeded the safe "
          "limit for six hours.")


def pdf(path: Path, pages: int = 4, text_layer: bool = True, password: str | None = None) -> Path:
    from fpdf import FPDF

    doc = FPDF()
    doc.set_title("Report on the Dunmore fire")
    doc.set_author("Environment Agency")
    doc.set_font("Helvetica", size=11)
    for page in range(1, pages + 1):
        doc.add_page()
        if not text_layer:  # what a scanner makes: marks on the page, no text
            doc.rect(20, 20, 100, 60, style="F")
            continue
        doc.multi_cell(0, 6, f"Page {page} of the agency report.\nThe inspectors visited the site on the "
                             f"morning after the fire.", new_x="LMARGIN", new_y="NEXT")
        if page == 4:
            doc.multi_cell(0, 6, PAGE_4, new_x="LMARGIN", new_y="NEXT")
    doc.output(str(path))
    if password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(user_password=password, algorithm="RC4-128")
        writer.write(path)
    return path


NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fire at Dunmore chemical plant | Dunmore Courier</title>
<meta property="og:title" content="Fire at Dunmore chemical plant">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2025-03-14T09:30:00Z"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies or manage your preferences.</div>
</header><main><article><h1>Fire at Dunmore chemical plant</h1><p class="byline">By Jane Smith, 14 March 2025</p>
<p>A fire broke out at the Courier Chemicals plant in Dunmore early on Friday, sending a column of black smoke
over the town.</p>
<p>Six workers were taken to hospital with breathing problems, the fire service said. Crews from three stations
fought the blaze for four hours.</p>
<p>The Ministry of Environment said air samples taken near the plant showed no dangerous levels of toxic gas, and
residents were told to keep their windows closed until the afternoon.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Council approves new ring road plan after a long debate</a></li>
<li><a href="/b">Local football team wins the regional cup final on penalties</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><div class="comment"><p>The plant was closed years ago after a fire,
everyone in town remembers it.</p></div></section></main>
<footer><p>© 2025 Dunmore Courier. All rights reserved. Privacy policy. Terms of use. Contact us.</p></footer>
</body></html>
"""


def html(path: Path) -> Path:
    path.write_text(NEWS_PAGE, encoding="utf-8")
    return path


def docx(path: Path) -> Path:
    import docx as python_docx

    doc = python_docx.Document()
    doc.core_properties.title = "Statement by the plant owner"
    doc.core_properties.author = "Courier Chemicals Ltd"
    doc.core_properties.created = datetime(2025, 3, 14, 16, 0)
    doc.add_heading("Statement on the Friday fire", level=1)
    doc.add_paragraph("Courier Chemicals confirms that a fire broke out in a storage hall of its Dunmore plant.")
    doc.add_paragraph("All employees were accounted for by nine o'clock.")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Hall", "Status"
    table.cell(1, 0).text, table.cell(1, 1).text = "Storage hall B", "Destroyed by the fire"
    doc.save(str(path))
    return path


def eml(path: Path, html_only: bool = False) -> Path:
    message = EmailMessage()
    message["From"] = "Fire Service Press Office <press@fire.example.org>"
    message["To"] = "newsdesk@courier.example.org"
    message["Subject"] = "Dunmore plant fire: update"
    message["Date"] = "Fri, 14 Mar 2025 15:02:00 +0000"
    body = "Eight engines attended the fire at the Courier Chemicals plant in Dunmore on Friday morning."
    if html_only:
        message.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html")
    else:
        message.set_content(body + "\n\nThe fire was under control by eleven o'clock.\n")
    path.write_bytes(bytes(message))
    return path


def odt(path: Path) -> Path:
    """An OpenDocument text, as LibreOffice writes it, made with odfpy."""
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Inspection of the Millbrook footbridge"))
    doc.meta.addElement(dc.Creator(text="Arden County Council"))
    doc.meta.addElement(meta.CreationDate(text="2024-05-14T10:00:00"))
    doc.text.addElement(H(outlinelevel=1, text="Inspection report"))
    doc.text.addElement(P(text="The footbridge at Millbrook was inspected on 14 May 2024 and no structural "
                               "problems were found."))
    doc.save(str(path))
    return path


RTF = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}{\info{\title Council minutes}{\author Priya Nair}}"
       "\n" r"\pard\f0\fs24 The audit committee will review every bridge in the valley.\par" "\n"
       r"Minutes were approved without a vote.\par" "\n}")


def rtf(path: Path) -> Path:
    """A Rich Text file as a word processor saves it (RTF is itself text: these are its bytes)."""
    path.write_text(RTF, encoding="ascii")
    return path
