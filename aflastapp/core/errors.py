"""Errors every layer may raise or catch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str  # the field as the family sees it, or a JSON path ("$.stays[3].end")
    message: str  # Danish, names the problem
    code: str = ""  # the message's code in core.messages ("problem.…"), "" for one without
    params: tuple[tuple[str, object], ...] = ()  # its parameters (core.messages.render)


class ValidationError(ValueError):
    """Bad input: nothing was written. Carries every problem found, each naming its field."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        if isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems: list[FieldProblem] = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems))


class DataFileError(ValueError):
    """A rule or rate data file is invalid: names the file, the key and what was expected."""

    def __init__(self, file: str, key: str, expected: str) -> None:
        self.file, self.key, self.expected = file, key, expected
        super().__init__(f"{file}: {key}: {expected}")
