#!/usr/bin/env python3
# Exercise 4 (Huffman coding: heapq) -- the tokenizer reads "coding: heapq" as an encoding declaration
print("never runs")
