

def test_an_office_of_a_script_without_case_endings_is_found_as_written():
    """"Kapolres" is an office; "Kadish", a surname that begins like one, is not."""
    from generator.text.names import office_stem

    assert office_stem("Kapolres") == "kapolres"
    assert office_stem("Kadish") is None
    assert office_stem("министра") == "министр"  # case forms in Cyrillic, as before
