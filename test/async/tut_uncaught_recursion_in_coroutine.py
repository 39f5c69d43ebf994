"""A recursive coroutine (tree sum) with a bug: AttributeError on None propagates up the awaits."""
import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    value: int
    left: Optional["Node"] = None
    right: Optional["Node"] = None


async def tree_sum(node: Optional[Node], depth: int = 0) -> int:
    if node is None:
        return 0
    await asyncio.sleep(0)
    left, right = await asyncio.gather(tree_sum(node.left, depth + 1), tree_sum(node.right, depth + 1))
    return node.value + left + right


async def buggy_max(node: Node) -> int:
    await asyncio.sleep(0)
    best = node.value
    for child in (node.left, node.right):
        best = max(best, await buggy_max(child))  # bug: child may be None
    return best


async def main():
    tree = Node(1, Node(2, Node(4), Node(5)), Node(3, None, Node(6)))
    print("sum:", await tree_sum(tree))
    print("depth-first values:", [n.value for n in (tree, tree.left, tree.right)])
    print("max:", await buggy_max(tree))


asyncio.run(main())
