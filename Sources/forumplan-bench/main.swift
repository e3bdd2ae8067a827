print("forumplan-bench")
