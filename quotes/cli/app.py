"""Command line: parses options, formats output, sets exit codes. No NLP here.

Exit codes (documented in the README):

    0    every input was read and processed
    1    an internal error on some article (the others were still processed)
    2    a usage error, or some input could not be read (the others were processed)
    3    no usable model
    130  interrupted (Ctrl-C); no partial ``-o`` file is left
    141  standard output closed early (``| head``); nothing printed
"""
from __future__ import annotations

import codecs
import contextlib
import io
import os
import shutil
import sys
from typing import IO, Callable, Iterable, Iterator, Optional

import click

from .. import __version__
from ..outputs.atomic import atomic_file
from ..outputs.export import FILE_FORMATS, FORMATS, make_writer
from ..text.language import not_french_note
from ..text.reader import Document, InputError, expand_paths, read_document
from ..record import Quote

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT, EXIT_MODEL = 0, 1, 2, 3
EXIT_INTERRUPT, EXIT_PIPE = 130, 141
#: a progress bar is drawn from this many files on (and only on a terminal).
PROGRESS_MIN_FILES = 5
#: documents handed to the extractor at once (it may batch them for the parser);
#: their results are passed on as each parser group is done, not per chunk.
CHUNK = 16
#: what standard input is called in the output (``--name`` changes it).
STDIN_NAME = "<stdin>"


def error(msg: str) -> None:
    """``quotes: error: <path>: <cause>`` on stderr, one line."""
    click.echo(f"quotes: error: {msg}", err=True)


def note(msg: str) -> None:
    click.echo(f"quotes: {msg}", err=True)


class QuotesError(click.ClickException):
    """A fatal error with its own exit code, printed like the others."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Optional[IO] = None) -> None:
        error(self.format_message())


class OutputError(Exception):
    """The output cannot be written (full disk, no permission, closed): one
    line naming it, exit 2, and no partial file left."""

    def __init__(self, name: str, e: Optional[BaseException] = None) -> None:
        why = (getattr(e, "strerror", None) or str(e)) if e else "closed"
        super().__init__(f"{name}: cannot write the output ({why.lower() if why else e})")


#: ``--jobs``: what each worker process builds (``None``: the real extractor;
#: tests put a picklable fake here).
parallel_factory: Optional[Callable] = None


def make_extractor(model: Optional[str]):
    """Load the parser once (seconds); tests replace this with a fake."""
    from ..parser.parse import ModelError
    from ..pipeline import Extractor

    try:
        # nothing but data on stdout, even if a library prints while loading
        with contextlib.redirect_stdout(sys.stderr):
            return Extractor(model=model)
    except ModelError as e:
        raise QuotesError(str(e), EXIT_MODEL) from None


# ------------------------------------------------------------------- input side


class Run:
    """One command's pass over its inputs: reads, extracts, remembers failures.

    Unreadable inputs are reported as they come and skipped; a document the
    extractor fails on is reported and skipped too, and the run goes on.
    """

    def __init__(self, paths: Iterable[str], encoding: Optional[str] = None,
                 markdown: Optional[bool] = None, quiet: bool = False, jobs: int = 1,
                 stdin_name: str = STDIN_NAME) -> None:
        self.items = list(expand_paths(list(paths)))
        self.encoding, self.markdown, self.quiet = encoding, markdown, quiet
        self.stdin_name = stdin_name or STDIN_NAME
        self.jobs = jobs
        self.input_errors = 0
        self.internal_errors = 0
        self.read = 0
        self.quotes = 0

    @property
    def n_files(self) -> int:
        return sum(1 for i in self.items if not isinstance(i, InputError))

    def documents(self) -> Iterator[Document]:
        for item in self.items:
            if isinstance(item, InputError):
                self.input_errors += 1
                error(str(item))
                continue
            try:
                doc = read_document(item, self.encoding, self.markdown)
            except InputError as e:
                self.input_errors += 1
                msg = str(e)
                if item == "-" and msg.startswith("-: "):
                    msg = f"{self.stdin_name}: {msg[3:]}"  # the name the output uses
                error(msg)
                continue
            self.read += 1
            yield self._named(doc)

    def _named(self, doc: Document, quotes: Optional[list[Quote]] = None) -> Document:
        """Standard input gets its name (``<stdin>``, ``--name``) instead of ``-``,
        which a spreadsheet would take for a formula; a note if it is not French."""
        if doc.path == "-":
            doc.path = self.stdin_name
            for q in quotes or ():
                q.doc = self.stdin_name
        if not self.quiet:
            why = not_french_note(doc.analysis)
            if why:
                note(f"note: {doc.path}: {why}")
        return doc

    def _check(self, doc: Document, quotes: list[Quote]) -> list[Quote]:
        for q in quotes:
            if not (0 <= q.start <= q.end <= len(doc.text)) or doc.text[q.start:q.end] != q.text:
                self.internal_errors += 1
                error(f"{doc.path}:{q.line}: quote offsets {q.start}-{q.end} do not match "
                      "its text (a bug: please report it)")
        if not self.quiet:
            for n in getattr(doc, "notes", None) or ():
                note(f"note: {doc.path}: {n}")
        self.quotes += len(quotes)
        return quotes

    def results(self, model: Optional[str]) -> Iterator[tuple[Document, list[Quote]]]:
        """(document, quotes) in input order; the model is loaded only if some
        document could be read."""
        if self.jobs != 1:
            yield from self._parallel(model)
            return
        docs = self.documents()
        first = next(docs, None)
        if first is None:
            return
        if not self.quiet and _isatty(sys.stderr):
            note("loading the parser model…")  # else seconds of silence before the bar
        extractor = make_extractor(model)
        chunk: list[Document] = [first]
        for d in docs:
            chunk.append(d)
            if len(chunk) >= CHUNK:
                yield from self._extract(extractor, chunk)
                chunk = []
        if chunk:
            yield from self._extract(extractor, chunk)

    def _parallel(self, model: Optional[str]) -> Iterator[tuple[Document, list[Quote]]]:
        """``--jobs``: worker processes read and extract; errors come back in place."""
        from ..scale.batch import DocError, extract_parallel
        from ..parser.parse import ModelError

        if not any(not isinstance(i, InputError) for i in self.items):
            for item in self.items:
                self.input_errors += 1
                error(str(item))
            return
        if not self.quiet and _isatty(sys.stderr):
            note("starting the workers, each loading the parser model…")
        try:
            results = extract_parallel(self.items, self.jobs, model, encoding=self.encoding,
                                       markdown=self.markdown,
                                       extractor_factory=parallel_factory)
            for d, r in results:
                if isinstance(r, DocError):
                    if r.kind == "input":
                        self.input_errors += 1
                    else:
                        self.internal_errors += 1
                    error(r.message)
                    continue
                self.read += 1
                yield self._named(d, r), self._check(d, r)
        except ModelError as e:
            raise QuotesError(str(e), EXIT_MODEL) from None

    def _extract(self, extractor, chunk: list[Document]) -> Iterator[tuple[Document, list[Quote]]]:
        done = 0
        try:
            # passed on as they come, so that the progress bar moves per parser group
            for d, qs in extractor.extract_documents(chunk):
                done += 1
                yield d, self._check(d, qs)
            return
        except Exception:
            # find which article it was, and keep the others' quotes
            results = []
            for d in chunk[done:]:
                try:
                    results.extend(extractor.extract_documents([d]))
                except Exception as e:  # noqa: BLE001 - reported, run goes on
                    self.internal_errors += 1
                    error(f"{d.path}: internal error ({type(e).__name__}: {e}); "
                          "please report it with this file")
        for d, qs in results:
            yield d, self._check(d, qs)

    def exit_code(self) -> int:
        if self.internal_errors:
            return EXIT_INTERNAL
        if self.input_errors:
            return EXIT_INPUT
        return EXIT_OK

    def summary(self, dest: Optional[str]) -> None:
        """One line on stderr when someone is watching (a terminal, not --quiet)."""
        if self.quiet or not _isatty(sys.stderr):
            return
        where = f" -> {dest}" if dest and dest != "-" else ""
        failed = f", {self.input_errors} unreadable" if self.input_errors else ""
        note(f"{self.quotes} quote{'s' * (self.quotes != 1)} in {self.read} "
             f"file{'s' * (self.read != 1)}{failed}{where}")


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _progress(run: Run, it: Iterator, quiet: bool):
    """A progress bar on stderr for many files on a terminal; else ``it`` as is."""
    n = run.n_files
    if quiet or n < PROGRESS_MIN_FILES or not _isatty(sys.stderr):
        return contextlib.nullcontext(it)
    return click.progressbar(it, length=n, file=sys.stderr, label="quotes",
                             show_pos=True, item_show_func=lambda r: r[0].path if r else None)


# ------------------------------------------------------------------ output side


@contextlib.contextmanager
def open_output(path: Optional[str], binary_mode: bool = False) -> Iterator[IO]:
    """UTF-8 text, ``\\n`` untranslated, to stdout or atomically to ``path``
    (``binary_mode``: bytes, for xlsx).

    A file is written to a temporary name in the same folder and renamed over
    ``path`` only when everything went well: an error or Ctrl-C leaves the
    old file (or none), never half a file.
    """
    if not path or path == "-":
        if sys.stdout is None:  # started with standard output closed (>&-)
            raise OutputError("standard output")
        with _output_errors("standard output"):
            yield from _stdout(binary_mode)
        return
    if os.path.exists(path) and not os.path.isfile(path):
        # a device or a pipe (/dev/null, /dev/stdout): written to as it is,
        # never replaced by a renamed file
        with _output_errors(path):
            with (open(path, "wb") if binary_mode else
                  open(path, "w", encoding="utf-8", errors="backslashreplace", newline="")) as out:
                yield out
        return
    with _output_errors(path):
        with atomic_file(path, binary_mode) as out:
            yield out


@contextlib.contextmanager
def _output_errors(name: str) -> Iterator[None]:
    """An OSError while writing becomes :class:`OutputError` (a closed pipe stays
    a BrokenPipeError: ``| head`` is no error)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as e:
        raise OutputError(name, e) from None


def _stdout(binary_mode: bool) -> Iterator[IO]:
    """Standard output, as bytes or as UTF-8 text with ``\\n`` untranslated."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary_mode:
        sys.stdout.flush()
        yield binary if binary is not None else sys.stdout
        (binary or sys.stdout).flush()
        return
    if binary is None:  # a text-only stdout (some IDEs): write to it as is
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(binary, encoding="utf-8", errors="backslashreplace",
                           newline="", write_through=False)
    try:
        yield out
        out.flush()
    finally:
        with contextlib.suppress(Exception):
            out.detach()  # never close the process's stdout


def _check_output(path: Optional[str], inputs: Iterable[str] = ()) -> None:
    if path and path != "-":
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(path):
            raise click.BadParameter(f"{path}: is a directory", param_hint="-o/--output")
        if not os.path.isdir(folder):
            raise click.BadParameter(f"{folder}: no such folder", param_hint="-o/--output")
        same = _same_file_as(path, inputs)
        if same is not None:
            # refused before anything is read: the article would be written over
            raise QuotesError(f"-o {path}: is the input {same}; choose another output file",
                              EXIT_INPUT)


def _same_file_as(path: str, inputs: Iterable[str]) -> Optional[str]:
    """The input that is the file ``path`` (same inode, links followed), if any."""
    try:
        out = os.stat(path)
    except OSError:
        return None  # a new file is no input
    if not os.path.isfile(path):
        return None  # /dev/null, a pipe: nothing to lose
    for item in expand_paths(list(inputs)):
        if isinstance(item, InputError) or item == "-":
            continue
        with contextlib.suppress(OSError):
            st = os.stat(item)
            if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
                return item
    return None


def _check_encoding(ctx, param, value: Optional[str]) -> Optional[str]:
    if value:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Ctrl-C and a closed stdout end the command quietly, with their exit codes."""
    try:
        yield
    except KeyboardInterrupt:
        click.echo("quotes: interrupted", err=True)
        sys.exit(EXIT_INTERRUPT)
    except OutputError as e:
        error(str(e))
        # nothing more to standard output, not even Python's flush at exit
        with contextlib.suppress(Exception):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_INPUT)
    except BrokenPipeError:
        # the reader went away (| head): no traceback, no "Exception ignored"
        with contextlib.suppress(Exception):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_PIPE)


def _width(output: Optional[str]) -> Optional[int]:
    """Terminal width when the table goes to a terminal; ``None`` (no cutting)
    when it goes to a file or a pipe."""
    if output and output != "-":
        return None
    if not _isatty(sys.stdout):
        return None
    return shutil.get_terminal_size((100, 24)).columns


def _check_xlsx(fmt: str, output: Optional[str], paths: Iterable[str] = ()) -> None:
    """Before any work: XlsxWriter is installed, the workbook goes to no terminal, and
    it is made from articles (an archive's millions of rows are no spreadsheet)."""
    if fmt != "xlsx":
        return
    from ..outputs.xlsx import MissingLibrary, require
    from ..scale.archive import is_archive

    archives = [p for p in paths if p != "-" and is_archive(p)]
    if archives:
        raise QuotesError(f"{archives[0]}: an archive; -f xlsx takes articles (for an archive: "
                          "-f csv, jsonl or parquet)", EXIT_INPUT)

    try:
        require()
    except MissingLibrary as e:
        raise QuotesError(str(e), EXIT_INPUT) from None
    if (not output or output == "-") and _isatty(sys.stdout):
        raise QuotesError("xlsx is a binary file, not for a terminal: use -o FILE.xlsx "
                          "or redirect standard output", EXIT_INPUT)


def write_xlsx(output: Optional[str], quotes: list[Quote], articles: int,
               order: tuple[str, ...], quiet: bool = False) -> None:
    """The workbook (sheets in ``order``, the first one open) to ``output``, atomically."""
    from ..outputs.xlsx import workbook_bytes

    data, notes = workbook_bytes(quotes, articles=articles, order=order)
    for n in notes if not quiet else ():
        note(f"note: {n}")
    with open_output(output, binary_mode=True) as out:
        out.write(data)


# ------------------------------------------------------- archives and clusters

_archive_options = [
    click.option("--text-field", default="text", show_default=True, metavar="NAME",
                 help="Archives (.jsonl[.gz], .csv, .parquet, a folder of them): the text column."),
    click.option("--id-field", default=None, metavar="NAME",
                 help="Archives: the id column, the quotes' doc (default: the row number, 1 = first)."),
    click.option("--keep", default="", metavar="COL,COL",
                 help="Archives: columns carried into every quote of the article (date,outlet,url)."),
    click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
                 metavar="N", help="Articles a partition: one Dask task, one file of -o DIR/."),
    click.option("--engine", type=click.Choice(("local", "dask")), default="local",
                 show_default=True,
                 help="local: this machine (see --jobs); dask: a Dask cluster (pip install 'quotes[dask]')."),
    click.option("--scheduler", metavar="ADDRESS",
                 help="--engine dask: the scheduler (tcp://host:8786); default: a local cluster."),
    click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
                 help="--engine dask without --scheduler: local workers, one torch thread each."),
    click.option("--resume", is_flag=True,
                 help="-o DIR/: keep the partition files already there, write only the missing ones."),
]


def archive_options(f):
    for opt in reversed(_archive_options):
        f = opt(f)
    return f


def _archive_mode(paths: Iterable[str], fmt: Optional[str], output: Optional[str],
                  opts: dict) -> bool:
    """Whether ``extract`` runs by partitions (quotes.scale) rather than file by file."""
    from ..scale.archive import is_archive

    return (fmt in FILE_FORMATS or opts["engine"] == "dask" or opts["resume"]
            or bool(output and (os.path.isdir(output) or output.endswith(("/", os.sep))))
            or any(p != "-" and is_archive(p) for p in paths))


def _partition_bar(results: Iterator, quiet: bool):
    """Partitions done, on a terminal (their number is not known ahead: a
    JSONL archive is read as it goes)."""
    if quiet or not _isatty(sys.stderr):
        return contextlib.nullcontext(results)
    return click.progressbar(results, file=sys.stderr, label="partitions", show_pos=True,
                             item_show_func=lambda r: r.partition.name if r else None)


def _extract_archive(paths: tuple[str, ...], fmt: Optional[str], output: Optional[str],
                     excel: bool, full: bool, encoding: Optional[str], markdown: Optional[bool],
                     model: Optional[str], jobs: int, quiet: bool, *, text_field: str,
                     id_field: Optional[str], keep: str, partition_size: int, engine: str,
                     scheduler: Optional[str], workers: int, resume: bool) -> int:
    """``extract`` over archives, with Dask, to Parquet or to ``-o DIR/``; the exit code."""
    from ..outputs.parquet import ParquetQuoteWriter
    from ..parser.parse import ModelError
    from ..scale.archive import ArchiveError, ArchiveOptions, MissingExtra, kept_types, require
    from ..scale.job import ArchiveJob, make_engine
    from ..scale.partitioned import SUFFIX, OutputExists, PartitionedOutput

    cols = tuple(dict.fromkeys(k.strip() for k in keep.split(",") if k.strip()))
    try:
        opts = ArchiveOptions(text_field, id_field, cols, partition_size)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--keep") from None
    partitioned = bool(output) and output != "-" and (
        resume or os.path.isdir(output) or output.endswith(("/", os.sep)))
    if resume and not partitioned:
        raise click.BadParameter("goes with -o DIR/ (a partitioned output)", param_hint="--resume")
    if partitioned:
        fmt = fmt or "jsonl"
        if fmt not in SUFFIX:
            raise click.BadParameter(f"-o DIR/ writes {', '.join(SUFFIX)}, not {fmt}",
                                     param_hint="-f/--format")
    else:
        fmt = fmt or ("csv" if excel else "table")
        if fmt == "parquet" and (not output or output == "-"):
            raise click.BadParameter("parquet is a binary file: give -o FILE.parquet or -o DIR/",
                                     param_hint="-f/--format")
        if fmt not in FORMATS + FILE_FORMATS:
            raise click.BadParameter(f"archives are written as {', '.join(FORMATS + FILE_FORMATS)}",
                                     param_hint="-f/--format")
        _check_output(output, paths)
    try:
        if fmt == "parquet":
            require("pyarrow.parquet", "archive", "--format parquet")
        if engine == "dask":
            require("distributed", "dask", "--engine dask")
    except MissingExtra as e:
        raise QuotesError(str(e), EXIT_INPUT) from None
    with guarded():
        try:
            types = kept_types(paths, opts) if fmt == "parquet" else {}
            out = PartitionedOutput(output, fmt, cols, types, resume) if partitioned else None
            eng = make_engine(engine, jobs=jobs, workers=workers, scheduler=scheduler, model=model,
                              extractor=lambda: make_extractor(model), worker_factory=parallel_factory)
        except (OutputExists, ArchiveError, OSError) as e:
            raise QuotesError(str(e), EXIT_INPUT) from None
        except ModelError as e:
            raise QuotesError(str(e), EXIT_MODEL) from None
        job = ArchiveJob(paths, opts, eng, error, (lambda m: None) if quiet else note, out,
                         encoding=encoding, markdown=markdown)
        try:
            with _partition_bar(job.results(), quiet) as results:
                if partitioned:
                    for _ in results:
                        pass
                elif fmt == "parquet":
                    with ParquetQuoteWriter(output, cols, types) as pw:
                        for res in results:
                            pw.write(res.quotes)
                else:
                    with open_output(output) as stream:
                        writer = make_writer(fmt, stream, excel=excel, width=_width(output),
                                             full=full, keep=cols)
                        writer.begin()
                        for res in results:
                            writer.write(res.quotes)
                        writer.end()
        except ArchiveError as e:
            raise QuotesError(str(e), EXIT_INPUT) from None
        except ModelError as e:
            raise QuotesError(str(e), EXIT_MODEL) from None
        finally:
            eng.close()
    if not quiet and _isatty(sys.stderr):
        done = f", {len(job.skipped)} partition(s) already there" if job.skipped else ""
        note(f"{job.quotes} quotes in {job.articles} articles, {job.partitions} partition(s){done}"
             + (f", {job.bad_rows} bad row(s)" if job.bad_rows else ""))
    if job.failed or job.not_written:
        return EXIT_INTERNAL
    return EXIT_INPUT if job.bad_rows or job.unreadable else EXIT_OK


# --------------------------------------------------------------------- commands

_input_options = [
    click.argument("paths", nargs=-1, required=True, metavar="PATH... | -"),
    click.option("--encoding", metavar="NAME", callback=_check_encoding,
                 help="Encoding of the input files (default: UTF-8, BOM accepted; "
                      "UTF-16 read when it has a BOM). E.g. cp1252 for Windows files."),
    click.option("--markdown/--plain", "markdown", default=None,
                 help="Read inputs as Markdown (code, HTML, links ignored) or as plain "
                      "text. Default: by file name (.md/.markdown are Markdown)."),
    click.option("--model", metavar="bundled|stanza|DIR", default=None,
                 help="Parser model (default: $QUOTES_MODEL, else the official Stanza "
                      "model if installed, else the bundled one)."),
    click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
                 metavar="N", help="Worker processes for many files (0: one per core). "
                 "Each loads the model once; results keep the input order."),
    click.option("-q", "--quiet", is_flag=True,
                 help="No progress bar, notes or summary on stderr (errors still shown)."),
    click.option("--name", "stdin_name", default=STDIN_NAME, show_default=True, metavar="NAME",
                 help="What standard input (-) is called in the output's file column."),
]


def input_options(f):
    for opt in reversed(_input_options):
        f = opt(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="quotes")
def main() -> None:
    """Who said what in French news: quotes, speakers and roles.

    PATH is a file, a folder (its *.txt and *.md files, recursively), a glob
    ('articles/**/*.md', quoted) or - for standard input. Results go to
    standard output (or -o FILE); errors and progress go to standard error.

    \b
    Examples:
      quotes extract seeds/*.txt
      quotes extract --format csv --excel -o quotes.csv articles/
      quotes who seeds/
      quotes check --select Q1,Q4,Q5 article.md

    \b
    Exit codes: 0 ok, 1 internal error on some article, 2 usage error or
    some input unreadable (the others are still processed), 3 no model,
    130 interrupted.
    """


@main.command()
@input_options
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS + ("xlsx",) + FILE_FORMATS),
              default=None,
              help="table (default; for reading: position, type, speaker, then the "
                   "quote), csv (one row a quote), jsonl (one JSON object a line, Quote fields), json (a list) "
                   "or xlsx (a workbook: quotes, speakers, balance of voices; needs -o or a redirect).")
@click.option("-o", "--output", metavar="FILE",
              help="Write to FILE instead of standard output; written whole or not at all.")
@click.option("--excel", is_flag=True,
              help="CSV for a spreadsheet on a French system: UTF-8 with BOM, ';' "
                   "between columns. Implies --format csv.")
@click.option("--full", is_flag=True, help="table: whole quotes, not cut to the terminal width.")
@archive_options
def extract(paths: tuple[str, ...], encoding: Optional[str], markdown: Optional[bool],
            model: Optional[str], jobs: int, quiet: bool, stdin_name: str, fmt: Optional[str],
            output: Optional[str], excel: bool, full: bool, **archive) -> None:
    """Every quote of the articles: text, type, speaker, role and position.

    \b
    CSV columns, in this order:
      file, line, column, type, speaker, role, quote, cue, sentence, start, end
    A text cell starting with = + - @ TAB or CR (or ') gets a leading ' so a
    spreadsheet never runs it as a formula. Standard input is <stdin> (--name).

    \b
    Positions: line and column count from 1, like an editor; sentence and
    paragraph count from 0 (the article's first sentence is 0), and start/end
    are character offsets from 0, end excluded, as in jsonl.
    The table prints direct quotes inside « », indirect ones as written,
    without marks (they are not the speaker's words), mixed ones as written.

    \b
    Examples:
      quotes extract article.txt
      quotes extract --format jsonl seeds/ > quotes.jsonl
      quotes extract --format csv -o quotes.csv 'articles/**/*.md'
      quotes extract --excel -o quotes.csv articles/      # double-click in Excel
      pbpaste | quotes extract -                          # from standard input
      quotes extract --encoding cp1252 vieux_fichier.txt
      quotes extract -j 0 -f jsonl -o all.jsonl archive/  # all cores
      quotes extract -f xlsx -o quotes.xlsx articles/     # a spreadsheet, no formula
    """
    if excel and fmt not in (None, "csv"):
        raise click.BadParameter("--excel goes with --format csv", param_hint="--excel")
    if fmt != "xlsx" and _archive_mode(paths, fmt, output, archive):
        # archives, Dask, Parquet, -o DIR/: by partitions (quotes.scale)
        sys.exit(_extract_archive(paths, fmt, output, excel, full, encoding, markdown, model,
                                  jobs, quiet, **archive))
    fmt = fmt or ("csv" if excel else "table")
    _check_output(output, paths)
    _check_xlsx(fmt, output, paths)
    with guarded():
        run = Run(paths, encoding, markdown, quiet, jobs, stdin_name)
        results = run.results(model)
        first = next(results, None)  # the model loads here, before any output
        if run.read == 0 and output and output != "-":
            # nothing could be read: keep whatever FILE held before
            sys.exit(run.exit_code())
        if fmt == "xlsx":  # a workbook is written whole, at the end
            with _progress(run, _chain(first, results), quiet) as bar:
                done = [(d, qs) for d, qs in bar]
            write_xlsx(output, [q for _d, qs in done for q in qs], len(done),
                       ("quotes", "speakers", "balance"), quiet)
            run.summary(output)
            sys.exit(run.exit_code())
        with open_output(output) as out:
            writer = make_writer(fmt, out, excel=excel, width=_width(output), full=full)
            writer.begin()
            with _progress(run, _chain(first, results), quiet) as bar:
                for _doc, quotes in bar:
                    writer.write(quotes)
            writer.end()
        run.summary(output)
    sys.exit(run.exit_code())


def _chain(first, rest: Iterator) -> Iterator:
    if first is not None:
        yield first
        yield from rest


@main.command()
@input_options
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "csv", "json", "xlsx")),
              default="table",
              help="table (default: speakers with their quotes), csv (one row a "
                   "speaker), json (speakers with their quotes) or xlsx (a workbook).")
@click.option("--summary", is_flag=True,
              help="The balance of voices instead: quotes and speakers by gender and by "
                   "kind (persons, organisations, groups).")
@click.option("-o", "--output", metavar="FILE",
              help="Write to FILE instead of standard output; written whole or not at all.")
@click.option("--excel", is_flag=True, help="csv: UTF-8 with BOM and ';' (Excel, LibreOffice).")
@click.option("--full", is_flag=True, help="table: whole quotes, not cut to the terminal width.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(("person", "organisation", "group")),
              help="Keep only the speakers of this kind (repeat for several): persons, "
                   "organisations or groups, as the people stage reads the article.")
def who(paths: tuple[str, ...], encoding: Optional[str], markdown: Optional[bool],
        model: Optional[str], jobs: int, quiet: bool, stdin_name: str, fmt: str,
        output: Optional[str], excel: bool, full: bool, summary: bool,
        kinds: tuple[str, ...]) -> None:
    """Speakers ranked by number of quotes, with their roles and quotes.

    Within an article a speaker is one entity of the people stage (one
    person under all the names the article gives them); across articles the
    same canonical name is counted once (whatever the case, accents or
    civility). Quotes with no speaker found come last.

    \b
    Examples:
      quotes who seeds/
      quotes who --full article.txt
      quotes who --format csv --excel -o speakers.csv articles/
      quotes who --format json seeds/ | jq '.[0]'
      quotes who --summary seeds/                 # the balance of voices
      quotes who --kind person seeds/             # persons only, no bodies
    """
    from ..outputs.summary import format_summary, summarise
    from ..outputs.who import format_who, rank_speakers

    if excel and fmt == "table":
        fmt = "csv"
    elif excel and fmt != "csv":
        raise click.BadParameter("--excel goes with --format csv", param_hint="--excel")
    _check_output(output, paths)
    _check_xlsx(fmt, output)
    with guarded():
        run = Run(paths, encoding, markdown, quiet, jobs, stdin_name)
        quotes: list[Quote] = []
        articles = 0
        results = run.results(model)
        first = next(results, None)
        if run.read == 0 and output and output != "-":
            sys.exit(run.exit_code())
        with _progress(run, _chain(first, results), quiet) as bar:
            for _doc, qs in bar:
                quotes.extend(q for q in qs if not kinds or q.speaker_kind in kinds)
                articles += 1
        if fmt == "xlsx":
            write_xlsx(output, quotes, articles, ("balance", "speakers", "quotes") if summary
                       else ("speakers", "quotes", "balance"), quiet)
            run.summary(output)
            sys.exit(run.exit_code())
        speakers = rank_speakers(quotes)
        if summary:
            text = format_summary(summarise(quotes, articles, speakers), fmt, excel=excel)
        else:
            text = format_who(speakers, fmt, width=_width(output), full=full, excel=excel)
        with open_output(output) as out:
            out.write(text)
        run.summary(output)
    sys.exit(run.exit_code())
from .check import check  # noqa: E402
main.add_command(check)
from .models import models  # noqa: E402
main.add_command(models)
from .report import report  # noqa: E402
main.add_command(report)
