"""PROCESS 4D TAGS.

Stage: stdlib.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import Pointer
from stdlib_4d.tags.render import Renderer, default_folder

# A BLOB template is read as Mac-Roman (documented: "BLOB data: automatic conversion from the
# Mac-Roman character set for compatibility"); a BLOB result is written back in it.
BLOB_CHARSET = "mac_roman"


@command("PROCESS 4D TAGS", outputs=(2,))
def process_4d_tags(input_template, output_result, *params):
    """PROCESS 4D TAGS(inputTemplate; outputResult{; param...}): run a template's transformation tags.

    The tags' code reads the params as $1...$n and shares one set of local variables; errors in
    4DTEXT, 4DHTML, 4DEVAL, 4DIF, 4DLOOP, 4DEACH and 4DSCRIPT are written in the result as 4D
    documents them, errors in 4DCODE are handled as in a method.
    """
    if isinstance(input_template, (bytes, bytearray)):
        text = bytes(input_template).decode(BLOB_CHARSET)
    elif type(input_template) is str:
        text = input_template
    else:
        raise err("bad_param_type", index=1, callee="PROCESS 4D TAGS", detail="a Text was expected")
    if type(output_result) is not Pointer:
        raise err("bad_param_type", index=2, callee="PROCESS 4D TAGS",
                  detail="a variable was expected to receive the result")
    result = Renderer(params, default_folder()).render_text(text)
    if isinstance(output_result.get(), (bytes, bytearray)):
        output_result.set(bytearray(result.encode(BLOB_CHARSET, "replace")))
    else:
        output_result.set(result)
