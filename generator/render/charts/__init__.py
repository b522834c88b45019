"""Charts: the analysis as SVG, each with alt text and its data as a table.

:mod:`.specs` says what each chart shows without any plotting library; :mod:`.cache` reuses a
drawn chart by the hash of its spec, so a build where nothing changed never imports matplotlib;
:mod:`.drawing` and :mod:`.layout` draw with matplotlib in the look of :mod:`.style`.
"""
