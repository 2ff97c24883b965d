// finding: F2-teardown-in-let-else
// seed: 1000289
// expect `drain` => w1- item 4 item 5 w8- t6 w7- t6. t13 w14- t13. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => w1- item 4 t13 w14- t13. close
// expect `take 0 mid 1 cancel` => w1- item 4 t13 w14- t13. cancel
// expect `take 0 mid 1 drop` => w1- item 4 drop droppanic
// expect `take 0 mid 2 close` => w1- item 4 t13 w14- t13. close
// expect `take 0 mid 2 cancel` => w1- item 4 t13 w14- t13. cancel
// expect `take 0 mid 2 drop` => w1- item 4 drop droppanic
// expect `take 0 mid 3 close` => w1- item 4 t13 w14- t13. close
// expect `take 0 mid 3 cancel` => w1- item 4 t13 w14- t13. cancel
// expect `take 0 mid 3 drop` => w1- item 4 drop droppanic
// expect `take 1 close` => w1- item 4 t13 w14- t13. close
// expect `take 1 cancel` => w1- item 4 t13 w14- t13. cancel
// expect `take 1 drop` => w1- item 4 drop droppanic
// expect `take 1 mid 1 close` => w1- item 4 item 5 t13 w14- t13. close
// expect `take 1 mid 1 cancel` => w1- item 4 item 5 t13 w14- t13. cancel
// expect `take 1 mid 1 drop` => w1- item 4 item 5 drop droppanic
// expect `take 1 mid 2 close` => w1- item 4 item 5 t13 w14- t13. close
// expect `take 1 mid 2 cancel` => w1- item 4 item 5 t13 w14- t13. cancel
// expect `take 1 mid 2 drop` => w1- item 4 item 5 drop droppanic
// expect `take 1 mid 3 close` => w1- item 4 item 5 t13 w14- t13. close
// expect `take 1 mid 3 cancel` => w1- item 4 item 5 t13 w14- t13. cancel
// expect `take 1 mid 3 drop` => w1- item 4 item 5 drop droppanic
// expect `take 2 close` => w1- item 4 item 5 t13 w14- t13. close
// expect `take 2 cancel` => w1- item 4 item 5 t13 w14- t13. cancel
// expect `take 2 drop` => w1- item 4 item 5 drop droppanic
// expect `take 2 mid 1 close` => w1- item 4 item 5 gaveup w8- t6 w7- t6. t13 w14- t13. close
// expect `take 2 mid 1 cancel` => w1- item 4 item 5 gaveup w8x t6 w7- t6. t13 w14- t13. cancel
// expect `take 2 mid 1 drop` => w1- item 4 item 5 gaveup drop droppanic w8x
// expect `take 2 mid 2 close` => w1- item 4 item 5 gaveup w8- t6 w7- t6. t13 w14- t13. close
// expect `take 2 mid 2 cancel` => w1- item 4 item 5 gaveup w8x t6 w7- t6. t13 w14- t13. cancel
// expect `take 2 mid 2 drop` => w1- item 4 item 5 gaveup drop droppanic w8x
// expect `take 2 mid 3 close` => w1- item 4 item 5 gaveup w8- t6 w7- t6. t13 w14- t13. close
// expect `take 2 mid 3 cancel` => w1- item 4 item 5 gaveup w8x t6 w7- t6. t13 w14- t13. cancel
// expect `take 2 mid 3 drop` => w1- item 4 item 5 gaveup drop droppanic w8x
// expect `take 3 cancel` => w1- item 4 item 5 w8- t6 w7- t6. t13 w14- t13. end cancel
// expect `take 7 mid 1 close` => w1- item 4 item 5 w8- t6 w7- t6. t13 w14- t13. end close
// expect `take 5 close` => w1- item 4 item 5 w8- t6 w7- t6. t13 w14- t13. end close
// expect `take 7 mid 2 close` => w1- item 4 item 5 w8- t6 w7- t6. t13 w14- t13. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t13");
        W::new(&ctx, 14, 1).await;
        ctx.log("t13.");
    }
    W::new(&ctx, 1, 0).await;
    let Some(v2) = ctx.opt(2, 0b110, 3) else {
        let Some(v3) = ctx.opt(3, 0b0, 3) else {
            yield_!(4);
            yield_!(5);
            teardown! {
                ctx.log("t6");
                W::new(&ctx, 7, 2).await;
                ctx.log("t6.");
            }
            W::new(&ctx, 8, 3).await;
            return;
        };
        ctx.log(format!("L{v3}"));
        tokio::select! {
            biased;
            _ = W::new(&ctx, 9, 1) => {
                ctx.log("s10");
            }
            _ = W::new(&ctx, 11, 0) => {
                ctx.log("s12");
            }
        }
        return;
    };
    ctx.log(format!("L{v2}"));
}
