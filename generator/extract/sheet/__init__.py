"""The draft as a fact sheet: what the sheets already hold, ids, check's verdict and the YAML.
"""
