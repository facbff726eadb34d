from refslint.cli import run

run()
