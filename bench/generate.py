#!/usr/bin/env python3
"""Writes one synthetic site of N pages three times: for our bake, for Hugo and for Eleventy.

Usage: generate.py <pages> <out folder> <repository root>

Every page is like a guide page of ours: a header, prose that names figures from the datasets, headed
sections, a salary table and a range chart from a dataset, and (ours) its preview image. Pages differ
in title, wording, dataset and highlighted row, so no two are alike. Our copy is the real site (content,
data, templates, assets, jbake.properties) plus enough synthetic guide pages to reach N published pages
counting the real site's own; Hugo and Eleventy get the same N-minus-real synthetic pages plus the
same number of simple pages, with the same datasets (as YAML for Hugo, JSON for Eleventy) and
templates that draw the same table and chart markup.
"""
import json
import os
import shutil
import sys

import yaml

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TOPICS = ["billing audits", "coding reviews", "claim denials", "remote teams", "hospital contracts",
          "outpatient clinics", "payer rules", "quality programs", "chart abstraction", "compliance work"]


def spelled(n):
    """A page number in words, so prose and titles carry no hand-typed digits (our build rejects them)."""
    return " ".join(WORDS[int(d)] for d in str(n))


def pay_range_datasets(data):
    sets = {}
    for name in sorted(os.listdir(data)):
        if name.endswith(".yaml"):
            with open(os.path.join(data, name), encoding="utf-8") as f:
                doc = yaml.safe_load(f)
            if doc.get("kind") == "pay-ranges" and doc.get("rows"):
                sets[name[:-5]] = doc
    return sets


def body(i, dataset, row, figure, table, chart):
    topic = TOPICS[i % len(TOPICS)]
    return f"""Coders who work on {topic} see pay that follows the work. In this group, {row['label']}
stands at {figure(dataset, row['id'])}, and the table below compares it with the rest.

{table(dataset, row['id'])}

## Why {topic} pay the way they do

Pay follows difficulty and the money at stake. Work on {topic} asks for careful reading of the
record, clean documentation and steady checking against payer rules, and employers pay for coders
who get it right the first time. Page {spelled(i)} of this synthetic guide says the same in its own
order, so that no two pages are alike.

{chart(dataset, row['id'])}

## How to move up

Most coders move into {topic} after a few years of general coding. A credential shows the
knowledge; a record of accurate work shows the rest. Ask for the figures above when you negotiate.

- Keep a log of audits passed.
- Learn the payer rules that apply to {topic}.
- Ask for reviews that name your accuracy.
"""


def ours(i, dataset, row):
    fig = lambda d, r: "{{ " + d + "." + r + " }}"
    table = lambda d, r: f"```salary-table\ndataset: {d}\ncolumns: pay, hourly\nhighlight: {r}\ncaption: Annual pay, {spelled(i)}\n```"
    chart = lambda d, r: f"```salary-chart\ndataset: {d}\nhighlight: {r}\ncaption: Pay ranges, {spelled(i)}\n```"
    return (f"title=Topic {spelled(i)}\ndescription=What coders earn in {TOPICS[i % len(TOPICS)]}, page {spelled(i)}.\n"
            f"date=2026-11-24\n~~~~~~\n" + body(i, dataset, row, fig, table, chart))


def hugo(i, dataset, row):
    fig = lambda d, r: '{{< figure-range "' + d + '" "' + r + '" >}}'
    table = lambda d, r: '{{< salary-table "' + d + '" "' + r + '" >}}'
    chart = lambda d, r: '{{< salary-chart "' + d + '" "' + r + '" >}}'
    return (f"---\ntitle: \"Topic {spelled(i)}\"\ndescription: \"What coders earn, page {spelled(i)}.\"\n"
            f"date: 2026-11-24\n---\n" + body(i, dataset, row, fig, table, chart))


def eleventy(i, dataset, row):
    fig = lambda d, r: '{% figureRange "' + d + '", "' + r + '" %}'
    table = lambda d, r: '{% salaryTable "' + d + '", "' + r + '" %}'
    chart = lambda d, r: '{% salaryChart "' + d + '", "' + r + '" %}'
    return (f"---\ntitle: \"Topic {spelled(i)}\"\ndescription: \"What coders earn, page {spelled(i)}.\"\n"
            f"date: 2026-11-24\nlayout: page.njk\n---\n" + body(i, dataset, row, fig, table, chart))


def main():
    pages, out, repo = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    here = os.path.dirname(os.path.abspath(__file__))
    real_pages = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    synthetic = max(0, pages - real_pages)
    if os.path.exists(out):
        shutil.rmtree(out)
    site = os.path.join(out, "ours")
    for folder in ["content", "data", "templates", "assets"]:
        shutil.copytree(os.path.join(repo, folder), os.path.join(site, folder))
    shutil.copy(os.path.join(repo, "jbake.properties"), site)
    datasets = pay_range_datasets(os.path.join(repo, "data"))
    names = sorted(datasets)

    shutil.copytree(os.path.join(here, "hugo"), os.path.join(out, "hugo"))
    shutil.copytree(os.path.join(here, "eleventy", "site"), os.path.join(out, "eleventy"))
    os.makedirs(os.path.join(out, "hugo", "data"), exist_ok=True)
    os.makedirs(os.path.join(out, "eleventy", "_data"), exist_ok=True)
    for name, doc in datasets.items():
        shutil.copy(os.path.join(repo, "data", name + ".yaml"), os.path.join(out, "hugo", "data"))
        with open(os.path.join(out, "eleventy", "_data", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, default=str)

    writers = [(os.path.join(site, "content", "guide"), ours),
               (os.path.join(out, "hugo", "content", "guide"), hugo),
               (os.path.join(out, "eleventy", "guide"), eleventy)]
    for folder, _ in writers:
        os.makedirs(folder, exist_ok=True)
    for i in range(1, synthetic + 1):
        dataset = names[i % len(names)]
        rows = datasets[dataset]["rows"]
        row = rows[(i // len(names)) % len(rows)]
        for folder, write in writers:
            with open(os.path.join(folder, f"bench-{i:05d}.md"), "w", encoding="utf-8") as f:
                f.write(write(i, dataset, row))
    # Hugo and Eleventy get as many pages again as the real site has, so every generator publishes N.
    for i in range(synthetic + 1, pages + 1):
        dataset = names[i % len(names)]
        row = datasets[dataset]["rows"][0]
        for folder, write in writers[1:]:
            with open(os.path.join(folder, f"bench-{i:05d}.md"), "w", encoding="utf-8") as f:
                f.write(write(i, dataset, row))


if __name__ == "__main__":
    main()
