from citeaudit.cli import main

main(prog_name="citeaudit")
