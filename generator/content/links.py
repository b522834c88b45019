"""Hard links out of the content folder, refused like symbolic ones.

A symbolic link says where it leads; a hard link does not: ``content/articles/x.txt`` may be a
second name of a file anywhere on the same file system (a private note, a credential file), and
Briefing would publish it. A regular file with more names (``st_nlink``) than the content folder
holds for it has a name outside: it is refused with the same message as a symbolic link out.
Counting the names inside needs one walk of the content folder, done only when some file has
more than one name (almost never).
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from pathlib import Path


class HardLinks:
    """The names each multiply-linked file has inside one content folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._inside: Counter[tuple[int, int]] | None = None

    def _count(self) -> Counter[tuple[int, int]]:
        inside: Counter[tuple[int, int]] = Counter()
        for folder, _dirs, names in os.walk(self.root, onerror=lambda _exc: None):
            for name in names:
                try:
                    st = os.lstat(os.path.join(folder, name))
                except OSError:
                    continue
                if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
                    inside[(st.st_dev, st.st_ino)] += 1
        return inside

    def linked_out(self, path: Path) -> bool:
        """True if the file ``path`` names (after symbolic links) has a name outside the root."""
        try:
            st = path.stat()
        except OSError:
            return False
        if not stat.S_ISREG(st.st_mode) or st.st_nlink <= 1:
            return False
        if self._inside is None:
            self._inside = self._count()
        return self._inside[(st.st_dev, st.st_ino)] < st.st_nlink


#: The content folder being loaded and its hard links (counted once per load, when needed).
_FOLDERS: dict[Path, HardLinks] = {}


def hard_linked_out(path: Path, root: Path) -> bool:
    """True if ``path`` has a name outside the content folder ``root``."""
    links = _FOLDERS.get(root)
    if links is None:
        links = _FOLDERS[root] = HardLinks(root)
    return links.linked_out(path)


def forget_hard_links() -> None:
    """Start a new load: files may have been linked or unlinked since the last one."""
    _FOLDERS.clear()
