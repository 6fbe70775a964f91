"""Entry point of the frozen windowed executable ``saksi-desktop`` (``saksi`` is the console one, app/__main__.py).

It still answers the image decoder's hidden option, in case a build ships without the console executable.
"""

import sys

if sys.argv[1:] == ["--image-worker"]:
    from app.evidence.imaging import serve

    serve(sys.stdin.buffer, sys.stdout.buffer)
else:
    from ui.main import main

    main()
