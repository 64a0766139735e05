// The carecalc command line; see issue "Reviewer tools".
process.stderr.write("carecalc: not built yet\n");
process.exit(2);
