"""Reading aloud: espeak-ng's voices, each paragraph in its own language, Arabic vocalised
first; the words' times mapped back to the stored text.

Qt-free; imports reader.text only.
"""
