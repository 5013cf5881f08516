"""The catalogue of runtime error codes and messages.

Stage: runtime. One entry per failure the runtime detects. Codes that 4D
documents are used as documented (marked "4D"); for failures 4D documents
without a number, run4d picks one in the -107xx range of 4D's language errors
(marked "run4d"); docs/errors.md lists both kinds.
"""

from __future__ import annotations

from runtime.errors import Error4D

# key: (code, message template, origin)
CATALOGUE: dict[str, tuple[int, str, str]] = {
    "type_mismatch": (-10701, "Incompatible types: {detail}", "run4d"),
    "bad_param_type": (-10702, "Parameter {index} of {callee}: {detail}", "run4d"),
    "param_count": (-10703, "{callee}: {detail}", "run4d"),
    "not_a_function": (-10704, "{name} is not a function", "run4d"),
    "null_member": (-10705, "Cannot {action} property \"{name}\" of null", "run4d"),
    "index_range": (-10706, "Collection index {index} is out of range", "run4d"),
    "division_by_zero": (-10707, "Division by zero", "run4d"),
    "read_only": (-10708, "The property \"{name}\" is read-only", "run4d"),
    "not_in_use": (-10709, "A shared {kind} can only be modified inside Use...End use", "run4d"),
    "shared_value": (-10710, "Not supported value type in a shared object or collection", "run4d"),
    "shared_group": (-10711, "This shared {kind} already belongs to another shared group", "run4d"),
    "json_parse": (-10712, "JSON parse error: {detail}", "run4d"),
    "unknown_class": (-10713, "The class \"{name}\" does not exist", "run4d"),
    "var_type": (-10714, "Cannot assign {got} to {name}, declared as {type}", "run4d"),
    "bad_condition": (-10715, "A Boolean was expected, got {got}", "run4d"),
    "not_collection": (-10716, "{what} is not a collection", "run4d"),
    "not_object": (-10717, "{what} is not an object", "run4d"),
    "bad_value": (-10718, "{detail}", "run4d"),
    "stack_overflow": (-10719, "Stack overflow (too many nested calls)", "run4d"),
    "undefined_method": (-10720, "Unknown command or method: {name}", "run4d"),
    "bad_pointer": (-10721, "Invalid pointer: {detail}", "run4d"),
    "undelivered": (-10722, "{count} message(s) could not be delivered before the connection closed", "run4d"),
    "ws_connect": (-10723, "{detail}", "run4d"),
    # Files, folders and the environment (wt-files: -10750...-10759).
    "bad_path": (-10750, "Invalid path: {detail}", "run4d"),
    "unsupported": (-10751, "{what} is not supported by run4d", "run4d"),
    "zip_error": (-10752, "ZIP archive: {detail}", "run4d"),
    "crypto_failure": (-10753, "{detail}", "run4d"),
    # Network client (-10760...-10769) and external processes (-10780...-10789); -1077x: Web server.
    "net_connect": (-10760, "{detail}", "run4d"),
    "net_resolve": (-10761, "{detail}", "run4d"),
    "net_timeout": (-10762, "{detail}", "run4d"),
    "net_tls": (-10763, "{detail}", "run4d"),
    "net_protocol": (-10764, "{detail}", "run4d"),
    "net_closed": (-10765, "{detail}", "run4d"),
    "http_url": (-10766, "Invalid URL: {detail}", "run4d"),
    "net_listen": (-10767, "{detail}", "run4d"),
    "net_io": (-10768, "{detail}", "run4d"),
    "sw_launch": (-10780, "Cannot launch \"{command}\": {detail}", "run4d"),
    "sw_io": (-10781, "{detail}", "run4d"),
    # The Web server and WebSocket connections (-10770 to -10779).
    "ws_failed": (-10771, "The connection failed ({code}): {reason}", "run4d"),
    # ORDA (-10800...-10812)
    "orda_query": (-10800, "Invalid query: {detail}", "run4d"),
    "orda_no_attribute": (-10801, "The attribute \"{name}\" does not exist in the dataclass {dataclass}", "run4d"),
    "orda_wrong_dataclass": (-10802, "An entity of {expected} was expected, got {got}", "run4d"),
    "orda_new_entity": (-10803, "{what} cannot be used on a new entity (never saved)", "run4d"),
    "orda_recursive": (-10804, "The computed attribute \"{name}\" is computed from itself", "run4d"),
    "orda_related_attribute": (-10805, "{callee}(): \"{name}\" is a related attribute", "run4d"),
    "orda_not_numeric": (-10806, "sum(): \"{name}\" is not a numeric or object attribute", "run4d"),
    "orda_not_object_attribute": (-10807, "distinctPaths(): \"{name}\" is not an object attribute", "run4d"),
    "orda_duplicate_key": (-10808, "The primary key {key} already exists in {dataclass}", "run4d"),
    "orda_stamp_mismatch": (-10809, "Given stamp does not match current one for record# {key} of table {dataclass}",
                            "run4d"),
    "orda_save_failed": (-10810, "{dataclass}: an entity could not be saved ({text})", "run4d"),
    "orda_no_new": (-10811, "{name} cannot be instantiated with new(): use the dataclass functions", "run4d"),
    "orda_database": (-10812, "Database error: {detail}", "run4d"),
    "orda_event_self": (-10813, "{what}() cannot be called on This in its own {event} event", "run4d"),
    # classic database language (-10813...-10829)
    "classic_no_table": (-10813, "The table [{name}] does not exist in the structure", "run4d"),
    "classic_table_number": (-10814, "There is no table number {number}", "run4d"),
    "classic_no_field": (-10815, "The field {name} does not exist in the table [{table}]", "run4d"),
    "classic_field_number": (-10816, "There is no field number {number} in the table [{table}]", "run4d"),
    "classic_table_assign": (-10817, "[{name}] is a table: it cannot be assigned", "run4d"),
    "classic_no_default_table": (-10818, "{callee}: no table was given and no default table is set", "run4d"),
    "classic_bad_query": (-10819, "{callee}: {detail}", "run4d"),
    "classic_no_set": (-10820, "The set {name} does not exist", "run4d"),
    "classic_set_table": (-10821, "The sets {a} and {b} do not belong to the same table", "run4d"),
    "classic_no_named_selection": (-10822, "The named selection {name} does not exist", "run4d"),
    "classic_no_relation": (-10824, "{name} is not the field of a relation", "run4d"),
    "classic_index": (-10825, "{callee}: {detail}", "run4d"),
    "classic_set_file": (-10826, "LOAD SET: {path}: {detail}", "run4d"),
    "classic_record_number": (-10503, "Record number {number} of the table [{table}] does not exist", "4D"),
    "classic_no_primary_key": (-10823, "The table [{name}] has no primary key: run4d keeps its records through ORDA, "
                                       "which needs one", "run4d"),
    # Hierarchical lists: 4D documents no error for a reference that is not a list (docs/decisions.md).
    "list_ref": (-10730, "{callee}: {ref} is not a hierarchical list reference", "run4d"),
    "not_array": (-10724, "{what} is not an array", "run4d"),
    "xml_ref": (-10725, "{cmd}: \"{ref}\" is not a reference of an open XML tree", "run4d"),
    "xml_parse": (-10726, "XML parse error: {detail}", "run4d"),
    "xml_xpath": (-10727, "Invalid XPath: {detail}", "run4d"),
    "xml_validation": (-10728, "XML validation failed: {detail}", "run4d"),
    "xml_value": (-10729, "{detail}", "run4d"),
    # A 4D command (or syntax) that run4d parses and compiles but does not run.
    "not_supported": (-10790, "{name} is not supported by run4d", "run4d"),
    # A project run goes on when some files do not compile (tool4d runs a project interpreted);
    # calling a method or class of such a file raises this, and so does running a line naming
    # something run4d does not know ("This line does not compile: ...").
    "not_compiled": (-10791, "{name} does not compile: {detail}", "run4d"),
    "design_path": (-10792, "No method of the project has the path \"{path}\"", "run4d"),
    "design_name": (-10793, "\"{name}\" is not the name of a database method", "run4d"),
    "overflow": (-10794, "Numeric overflow: {detail}", "run4d"),
    "out_of_memory": (-10795, "Not enough memory: {detail}", "run4d"),
    # An invalid Match regex pattern: ERROR is -1 in 4D (its own components' tests assert it).
    "regex_pattern": (-1, "Error while parsing pattern \"{pattern}\": {why}", "4D"),
    "regex_timeout": (-10796, "Regular expression too slow: stopped after {seconds} s (see docs/limits.md)",
                      "run4d"),
    # A method of a component that does not compile (interpreted components load anyway: docs/decisions.md).
    "component_broken": (-10797, "{name} (component {component}) does not compile: {detail}", "run4d"),
    "component_code": (-10798, "This line of a component does not compile: {detail}", "run4d"),
    # The commands a component cannot call (develop-components.md, "Unusable commands").
    "component_command": (-10511, "The {name} command cannot be called from a component", "4D"),
    "internal": (-10799, "Internal error: {detail}", "run4d"),
    # Documented by 4D.
    # The file manager's codes (4D's "OS File Manager errors"; -47 and -120 on docs/API/FolderClass.md).
    "disk_full": (-34, "Disk full: {path}", "4D"),
    "io_error": (-36, "I/O error: {detail}", "4D"),
    "bad_name": (-37, "Bad file or folder name: {name}", "4D"),
    "not_open": (-38, "The document is not open", "4D"),
    "end_of_file": (-39, "End of file reached: {path}", "4D"),
    "too_many_open": (-42, "Too many files open", "4D"),
    "file_not_found": (-43, "File not found: {path}", "4D"),
    "file_busy": (-47, "The file or folder is busy (open, or a folder not empty): {path}", "4D"),
    "file_exists": (-48, "A file or folder with this name already exists: {path}", "4D"),
    "bad_docref": (-51, "Invalid document reference: {ref}", "4D"),
    "permission": (-61, "Write permission error (permission denied): {path}", "4D"),
    "folder_not_found": (-120, "Folder not found: {path}", "4D"),
    # Mac OS Scrap Manager's noTypeErr, which 4D's Pasteboard data size page names.
    "pasteboard_no_type": (-102, "The pasteboard holds no data of the type \"{type}\"", "4D"),
    "blob_range": (-111, "{cmd}: offset {offset} is outside the blob ({size} bytes)", "4D"),
    "blob_damaged": (-10600, "The blob cannot be expanded: {detail}", "4D"),
    "hash_algorithm": (850, "Password-hash: Unsupported algorithm.", "4D"),
    "hash_cost": (852, "Password-hash: Unavailable bcrypt cost parameter, please provide a value between 4 and 31.",
                  "4D"),
    "web_file_not_found": (-43, "File not found: {path}", "4D"),
    "path_not_unique": (-9802, "Object path not unique: {path}", "4D"),
    "arg_types": (54, "Argument types are incompatible: {detail}", "4D"),
    "pointer_array": (72, "A pointer array was expected: {detail}", "4D"),
    "numeric_array": (73, "A numeric array was expected: {detail}", "4D"),
    "array_sizes": (74, "The size of arrays does not match: {detail}", "4D"),
    "array_type": (76, "Bad array type: {detail}", "4D"),
    "sort_param": (78, "Invalid sort parameter: {detail}", "4D"),
    "array_range": (-20001, "Array capacity exceeded: {name}{{{index}}} is out of range (the array has "
                            "{size} elements)", "4D"),
    "project_method": (-10508, "The project method \"{name}\" was not found", "4D"),
    "assert": (-10518, "Assert failed: {text}", "4D"),
    "handler_method": (-10532, "Cannot call error handling project method '{name}'", "4D"),
    "formula_local": (-10737, "Local variables cannot be used in Formula from string: {name}", "4D"),
    "this_before_super": (-10743, "This is used before Super() in a derived class constructor", "4D"),
    "bad_class": (-10745, "The class parameter is not a valid class", "4D"),
    "super_scope": (-10746, "Super cannot be called here: {detail}", "4D"),
    "super_missing": (-10748, "The constructor of {name} must call Super()", "4D"),
    "orda_formula_not_allowed": (1278, "Formula not allowed in this member method", "4D"),
    "orda_incompatible": (1587, "The entity selection comes from an incompatible dataclass ({what})", "4D"),
    "orda_formula_expected": (1626, "Expecting a text or formula", "4D"),
    "orda_not_alterable": (1637, "This entity selection cannot be altered", "4D"),
    "orda_no_permission": (1558, "No permission to {action} for dataClass {dataclass}", "4D"),
    "orda_no_attribute_permission": (1558, "No permission to {action} the attribute {name} of dataClass "
                                           "{dataclass}", "4D"),
    "orda_no_execute_permission": (1561, "No permission to execute method {name} in dataClass {dataclass}", "4D"),
}


def item(key: str, **fields):
    """An ErrorItem (an element of an error stack) for a catalogue entry."""
    from runtime.errors import ErrorItem

    code, template, _ = CATALOGUE[key]
    return ErrorItem(code, template.format(**fields))


def err(key: str, **fields) -> Error4D:
    """Build the Error4D for a catalogue entry (raise it at the call site)."""
    code, template, _ = CATALOGUE[key]
    return Error4D(code, template.format(**fields))


def type_name(v) -> str:
    """The 4D name of a value's type, for messages."""
    from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D

    t = type(v)
    if v is None:
        return "Null"
    if v is UNDEF:
        return "undefined"
    if t is bool:
        return "Boolean"
    if t is str:
        return "Text"
    if t is float or t is int:
        return "Number"
    if isinstance(v, Date4D):
        return "Date"
    if isinstance(v, Time4D):
        return "Time"
    if isinstance(v, Coll):
        return "Collection"
    if isinstance(v, Obj):
        return "Object"
    if isinstance(v, Pointer):
        return "Pointer"
    if isinstance(v, (bytes, bytearray)):
        return "Blob"
    if t is Picture:
        return "Picture"
    return getattr(v, "class_name", "Object")
