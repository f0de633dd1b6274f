#!/usr/bin/env python3
"""Writes the hostile-input corpus: one Kafka message per file, in Tests/Corpus/hostile/.

A file's name says what the decoder must do with it:
  ok-*   decodes into an event (whatever it holds must still be drawn safely),
  bad-*  is refused with a typed decode error,
  any-*  either, as long as nothing crashes or hangs.
Drone ids start with "hostile-" so that a flood of the corpus into a demo never touches the demo's own drones.

Run it from anywhere; it deletes and rewrites the folder, and the same script always writes the same bytes.
"""
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hostile")
TIME = "2025-08-03T10:30:00Z"

files = {}


def add(expect, case, data):
    """Records one message; `data` is bytes or text."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    index = sum(1 for name in files if name.startswith(f"{expect}-{case}-"))
    files[f"{expect}-{case}-{index:03d}.json"] = data


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def envelope(event_type, data, event_id=None, timestamp=TIME, **extra):
    message = {"id": event_id or f"h-{len(files)}", "type": event_type, "source": "corpus", "timestamp": timestamp, "data": data}
    message.update(extra)
    return message


def status(drone, **fields):
    data = {"drone_id": drone, "old_status": "idle", "new_status": "flying",
            "location": {"latitude": 22.5431, "longitude": 114.0579, "altitude": 120.5}, "battery": 85.5}
    data.update(fields)
    return envelope("drone.status.changed", data)


BASES = [
    status("hostile-base"),
    envelope("drone.telemetry", {"drone_id": "hostile-base", "battery": 50, "speed": 3.5, "heading": 90,
                                 "location": {"latitude": 1, "longitude": 2, "altitude": 3}}),
    envelope("task.progress", {"task_id": "hostile-task", "drone_id": "hostile-base", "name": "巡检", "progress": 40,
                               "current_step": "step 2", "estimated_completion": TIME}),
    envelope("alert.created", {"alert_id": "hostile-alert", "type": "battery_low", "level": "warning",
                               "message": "无人机电量低于20%", "drone_id": "hostile-base", "auto_action": "return"}),
    envelope("command.issued", {"command_id": "hostile-cmd", "drone_id": "hostile-base", "command": "goto",
                                "parameters": {"latitude": 22.5, "longitude": 114.1, "altitude": 80}, "operator": "ops"}),
]


def truncated():
    for base in BASES:
        text = dumps(base)
        for cut in range(1, len(text), max(1, len(text) // 12)):
            add("bad", "truncated", text[:cut])


def wrong_types():
    wrong = {"string": "50", "number": 7, "bool": True, "array": [1, 2], "object": {"a": 1}}
    numeric = ["battery", "speed", "heading"]
    textual = ["drone_id", "old_status", "new_status"]
    for field in numeric:
        for kind in ["string", "bool", "array", "object"]:
            add("bad", "wrong-type", dumps(envelope("drone.telemetry", {"drone_id": "hostile-wt", field: wrong[kind]})))
    for field in textual:
        for kind in ["number", "bool", "array", "object"]:
            add("bad", "wrong-type", dumps(status("hostile-wt", **{field: wrong[kind]})))
    for kind in ["string", "number", "array", "bool"]:
        add("bad", "wrong-type", dumps(status("hostile-wt", location=wrong[kind])))
        add("bad", "wrong-type", dumps(envelope("drone.status.changed", wrong[kind])))
    for field in ["id", "timestamp"]:
        for kind in ["number", "bool", "array", "object"]:
            message = status("hostile-wt")
            message[field] = wrong[kind]
            add("bad", "wrong-type", dumps(message))
    add("bad", "wrong-type", dumps(status("hostile-wt", location={"latitude": "22.5", "longitude": 114})))
    add("bad", "wrong-type", dumps(envelope("metric.sample", {"name": "m", "value": 1, "labels": [1]})))
    for top in ["[1,2,3]", '"just a string"', "42", "true", "null"]:
        add("bad", "not-an-object", top)


def missing_fields():
    for field in ["id", "type", "timestamp", "data"]:
        message = status("hostile-mf")
        del message[field]
        add("bad", "missing", dumps(message))
    for event_type, data in [
        ("drone.status.changed", {"new_status": "flying"}),
        ("drone.status.changed", {"drone_id": "hostile-mf"}),
        ("drone.location.updated", {"drone_id": "hostile-mf"}),
        ("drone.location.updated", {"drone_id": "hostile-mf", "location": {"latitude": 1}}),
        ("task.progress", {"progress": 5}),
        ("alert.created", {"level": "critical"}),
        ("command.issued", {"command_id": "c", "drone_id": "hostile-mf"}),
        ("command.accepted", {"drone_id": "hostile-mf"}),
        ("metric.sample", {"name": "m"}),
        ("log.entry", {"level": "info"}),
    ]:
        add("bad", "missing", dumps(envelope(event_type, data)))


def nulls():
    for field in ["battery", "location", "old_status"]:
        add("ok", "null", dumps(status("hostile-null", **{field: None})))
    for field in ["speed", "heading", "battery", "location"]:
        add("ok", "null", dumps(envelope("drone.telemetry", {"drone_id": "hostile-null", field: None})))
    add("ok", "null", dumps(envelope("drone.telemetry", {"drone_id": "hostile-null"}, source=None)))
    for field in ["id", "type", "timestamp", "data"]:
        message = status("hostile-null")
        message[field] = None
        add("bad", "null", dumps(message))
    add("bad", "null", dumps(status(None)))
    add("bad", "null", dumps(envelope("task.progress", {"task_id": None, "progress": 1})))


def out_of_range():
    bad_numbers = {"battery": ["-5", "-0.001", "100.5", "1e400", "-1e400", "1e309"],
                   "latitude": ["200", "-90.0001", "1e400"], "longitude": ["181", "-180.5", "1e999"]}
    for field, values in bad_numbers.items():
        for value in values:
            if field == "battery":
                text = dumps(envelope("drone.telemetry", {"drone_id": "hostile-range", "battery": 0})).replace('"battery":0', f'"battery":{value}')
            else:
                location = {"latitude": 1, "longitude": 1}
                text = dumps(status("hostile-range", location=location)).replace(f'"{field}":1', f'"{field}":{value}', 1)
            add("bad", "range", text)
    add("bad", "range", dumps(envelope("task.progress", {"task_id": "hostile-task-range", "progress": 101})))
    add("bad", "range", dumps(envelope("drone.telemetry", {"drone_id": "hostile-range", "speed": 0})).replace('"speed":0', '"speed":1e400'))
    for literal in ["NaN", "Infinity", "-Infinity", "nan", "+1", "0x10", ".5", "1.", "01"]:
        add("bad", "range", dumps(envelope("drone.telemetry", {"drone_id": "hostile-range", "battery": 0})).replace('"battery":0', f'"battery":{literal}'))
    for text in ["NaN", "Infinity", "-5", "50%"]:
        add("bad", "range", dumps(envelope("drone.telemetry", {"drone_id": "hostile-range", "battery": text})))
    # In range for the decoder, extreme for the screen.
    for field, value in [("altitude", "1e308"), ("altitude", "-1e308"), ("altitude", "99999999999999999999999")]:
        text = dumps(status("hostile-extreme", location={"latitude": 90, "longitude": -180, "altitude": 0})).replace('"altitude":0', f'"{field}":{value}')
        add("ok", "extreme", text)
    for value in ["1e-400", "-0", "0.0000000000000000000001", "100", "0"]:
        add("ok", "extreme", dumps(envelope("drone.telemetry", {"drone_id": "hostile-extreme", "battery": 0})).replace('"battery":0', f'"battery":{value}'))
    add("ok", "extreme", dumps(envelope("drone.telemetry", {"drone_id": "hostile-extreme", "speed": 0})).replace('"speed":0', '"speed":1.7976931348623157e308'))


def big_strings():
    add("ok", "huge-string", dumps(status("hostile-" + "x" * (1 << 20))))
    add("ok", "long-string", dumps(envelope("alert.created", {"alert_id": "hostile-long", "level": "critical",
                                                              "message": "告警" * 30_000, "drone_id": "hostile-long"})))
    add("ok", "long-string", dumps(envelope("task.progress", {"task_id": "hostile-long-task", "drone_id": "hostile-long",
                                                              "progress": 1, "current_step": "\u001b[31m" * 5_000})))
    add("ok", "many-members", dumps(envelope("drone.telemetry", dict({"drone_id": "hostile-members"},
                                                                     **{f"k{i}": i for i in range(5_000)}))))


def nesting():
    add("bad", "deep", '{"id":"h","x":' + "[" * 100_000 + "]" * 100_000 + "}")
    for depth in [62, 63]:
        add("ok", "nested", dumps(status("hostile-nested")).replace('"source"', '"extra":' + "[" * depth + "]" * depth + ',"source"'))
    for depth in [64, 65, 600]:
        add("bad", "deep", dumps(status("hostile-nested")).replace('"source"', '"extra":' + "[" * depth + "]" * depth + ',"source"'))
    add("bad", "deep", "[" * 5_000)
    add("bad", "deep", '{"a":' * 5_000)


def encodings():
    base = dumps(status("hostile-utf8-PLACEHOLDER")).encode()
    inside = [b"\xff", b"\xfe\xff", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\x80", b"\xf4\x90\x80\x80", b"\xc3", b"\xe4\xb8"]
    for raw in inside:
        add("ok", "invalid-utf8", base.replace(b"PLACEHOLDER", raw))
    for raw in [b"\xff", b"\x80", b"\xc3"]:
        add("bad", "invalid-utf8", base.replace(b'"source"', raw + b'"source"'))
    add("bad", "invalid-utf8", "\ufeff".encode() + base)
    add("bad", "invalid-utf8", dumps(status("hostile-utf16")).encode("utf-16"))
    add("bad", "nul", base.replace(b"PLACEHOLDER", b"\x00"))
    add("bad", "nul", base.replace(b'"source"', b'\x00"source"'))
    add("bad", "nul", b"\x00" * 64)
    add("bad", "nul", base + b"\x00")
    add("ok", "nul", base.replace(b"PLACEHOLDER", b"\\u0000"))
    add("ok", "surrogate", base.replace(b"PLACEHOLDER", b"\\ud800"))
    add("ok", "surrogate", base.replace(b"PLACEHOLDER", b"\\udfff\\ud800x"))
    add("ok", "surrogate", base.replace(b"PLACEHOLDER", b"\\ud83d\\ude81"))
    add("bad", "escape-syntax", base.replace(b"PLACEHOLDER", b"\\x41"))
    add("bad", "escape-syntax", base.replace(b"PLACEHOLDER", b"\\u12"))
    for byte in [0x01, 0x07, 0x08, 0x0A, 0x1B, 0x1F]:
        add("bad", "raw-control", base.replace(b"PLACEHOLDER", bytes([byte]) + b"[2J"))


HOSTILE_TEXT = [
    "\u001b[2J\u001b[H",                     # clear screen, cursor home
    "\u001b]0;pwned\u0007",                  # retitle the window
    "\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\",  # hyperlink
    "\u001b[31;1mRED\u001b[0m",
    "\u001bP+q544e\u001b\\",                 # DCS query
    "\u001b[6n",                             # cursor position request: the terminal would answer on stdin
    "\u001b[?1049l\u001b[?25h",              # leave the alternate screen
    "\u001bc",                               # full reset
    "\u009b2J\u009b31m",                     # C1 CSI
    "\u009d0;title\u009c",                   # C1 OSC ... ST
    "\u0085\u0084\u008d\u008e\u0090x\u009c",  # other C1 controls
    "a\u0008\u0008\u0008\u007fbell\u0007",   # backspaces, DEL, BEL
    "line\nbreak\rreturn\ttab\u000bvt\u000cff",
    "\u202eevil\u202c",                      # right-to-left override
    "\u2066\u2067\u2068isolate\u2069",
    "\u200f\u200e\u061cmarks",
    "zero\u200bwidth\u200c\u200d\ufeff",
    "e" + "\u0301" * 300,                    # one grapheme, hundreds of combining marks
    "Z\u0351\u0300\u0301\u0302\u0303a\u0346\u0347l\u035cg\u0361o",
    "\u2028line separator\u2029",
    "\U000e0041tag\U000e007f",               # tag characters
    "无人机\u3000全角\uff21",
    "🚁" * 50,
    "\ufff9annotation\ufffb",
    "\u115f\u1160hangul filler",
]


def hostile_text():
    for index, text in enumerate(HOSTILE_TEXT):
        drone = f"hostile-esc-{index}{text}"
        add("ok", "escapes", dumps(status(drone, new_status=text)))
        add("ok", "escapes", dumps(envelope("task.progress", {"task_id": f"hostile-task-{index}{text}", "drone_id": drone,
                                                              "name": text, "progress": 10, "current_step": text})))
        add("ok", "escapes", dumps(envelope("alert.created", {"alert_id": f"hostile-alert-{index}", "type": text, "level": "critical",
                                                              "message": text, "drone_id": drone, "auto_action": text})))
        # The same, with every non-ASCII character escaped as \uXXXX.
        add("ok", "escapes", json.dumps(status(f"hostile-escu-{index}{text}", new_status=text), ensure_ascii=True))


def timestamps():
    for text in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
                 "2025-08-03T10:30:00.123456789+14:00", "2025-08-03T10:30:00-12:00", "2025-08-03t10:30:00z"]:
        message = status("hostile-time")
        message["timestamp"] = text
        add("ok", "timestamp", dumps(message))
    for text in ["", "yesterday", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-08-03T24:00:00Z",
                 "+275760-09-13T00:00:00Z", "-0001-01-01T00:00:00Z", "20250803T103000Z", "2025-08-03 10:30:00",
                 "2025-08-03T10:30:00+99:99", "2025-08-03T10:30:60Z", "1754217000000", "2025-08-03T10:30:00Z" + "0" * 100]:
        message = status("hostile-time")
        message["timestamp"] = text
        add("bad", "timestamp", dumps(message))
    message = envelope("task.progress", {"task_id": "hostile-eta", "progress": 5, "estimated_completion": "9999-12-31T23:59:59Z"})
    add("ok", "timestamp", dumps(message))


def ordering():
    # The same id twice with different contents: the second is a redelivery and must change nothing.
    for index in range(4):
        add("ok", "duplicate", dumps(envelope("drone.telemetry", {"drone_id": "hostile-dup", "battery": 90 - index}, event_id="hostile-dup-id")))
    # One drone's events newest first: the oldest must not win.
    for index, second in enumerate(range(59, 40, -2)):
        add("ok", "out-of-order", dumps(envelope("drone.telemetry", {"drone_id": "hostile-late", "battery": 10 + index},
                                                 timestamp=f"2025-08-03T10:30:{second:02d}Z")))
    # Duplicate keys: the last one counts.
    add("ok", "duplicate-key", '{"id":"hostile-dk","type":"drone.telemetry","source":"c","timestamp":"' + TIME
        + '","data":{"drone_id":"hostile-dk-a","drone_id":"hostile-dk-b","battery":5,"battery":95}}')


def empty_and_binary():
    for text in ["", " ", "\n", "\r\n\t ", "{}", "{ }", "[]", '""', "{" + " " * 1000 + "}"]:
        add("bad", "empty", text)
    generator = random.Random(8)
    for index in range(40):
        add("bad", "binary", bytes(generator.randrange(256) for _ in range(generator.randrange(1, 400))))
    valid = dumps(status("hostile-bitflip")).encode()
    for index in range(40):
        flipped = bytearray(valid)
        position = generator.randrange(len(flipped))
        flipped[position] ^= 1 << generator.randrange(8)
        add("any", "bit-flip", bytes(flipped))


def unknown_types():
    for event_type in ["", "drone", "drone.", "x" * 300, "drone.status.changed\u0000", "\u001b[2J",
                       "user.action", "system.health", "metric.sample", "log.entry", "command.completed"]:
        add("any", "type", dumps(envelope(event_type, {"drone_id": "hostile-type", "message": "m", "name": "n", "value": 1,
                                                       "command_id": "c"})))


def main():
    for generate in [truncated, wrong_types, missing_fields, nulls, out_of_range, big_strings, nesting, encodings,
                     hostile_text, timestamps, ordering, empty_and_binary, unknown_types]:
        generate()
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    for name, data in sorted(files.items()):
        with open(os.path.join(OUT, name), "wb") as handle:
            handle.write(data)
    print(f"{len(files)} files, {sum(map(len, files.values()))} bytes in {OUT}")


if __name__ == "__main__":
    main()
